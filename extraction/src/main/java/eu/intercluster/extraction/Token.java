package eu.intercluster.extraction;

/** A token of the body: its text and character offsets [start, end). */
record Token(String text, int start, int end) {
  boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  boolean isUpper() {
    return Norm.isUpperStart(text);
  }

  boolean is(String s) {
    return text.equals(s);
  }
}
