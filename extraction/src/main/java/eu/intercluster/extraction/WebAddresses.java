package eu.intercluster.extraction;

/**
 * The parts of an e-mail or web address ("press@minalogic.example", "www.techtera.example/news"): tokens glued to
 * "@", "/" or a dot with another word on its other side. They name no common word of the text, so a name such as
 * "Minalogic" is not taken for one because the contact line writes "minalogic" in lower case.
 */
final class WebAddresses {
  private WebAddresses() {}

  static boolean part(String text, Token t) {
    char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
    char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
    boolean dotBefore = before == '.' && t.start() > 1 && Character.isLetterOrDigit(text.charAt(t.start() - 2));
    boolean dotAfter = after == '.' && t.end() + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(t.end() + 1));
    return before == '@' || before == '/' || after == '@' || dotBefore || dotAfter;
  }
}
