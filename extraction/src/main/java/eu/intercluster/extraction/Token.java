package eu.intercluster.extraction;

/** A token of the body: its text and character offsets [start, end). */
record Token(String text, int start, int end, String folded) {
  Token(String text, int start, int end) {
    this(text, start, end, Norm.fold(text));
  }

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
