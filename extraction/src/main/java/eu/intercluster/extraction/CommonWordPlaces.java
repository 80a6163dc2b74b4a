package eu.intercluster.extraction;

import java.util.HashSet;
import java.util.Set;

/**
 * A one-word built-in place that starts a sentence is a common word when the same text also writes it in lower
 * case, as a word of its own (not inside an address such as "regione.calabria.it"): "Reunión de trabajo en Sevilla
 * ... la reunión" is a meeting, not the island (names are matched without their accents, and a sentence's first
 * word is capitalised anyway).
 */
final class CommonWordPlaces {
  private CommonWordPlaces() {}

  static void drop(Doc doc) {
    Set<String> lower = new HashSet<>();
    for (Token t : doc.tokens) {
      if (t.isWord() && !t.isUpper() && standsAlone(doc.text, t)) {
        lower.add(t.folded());
      }
    }
    doc.cands.removeIf(c -> c.placeId != null && c.type == EntityType.PLACE && startsSentence(doc, c)
        && doc.tokenAt(c.start) == doc.tokenAt(c.end - 1)
        && lower.contains(doc.tokens.get(doc.tokenAt(c.start)).folded()));
  }

  /** Not part of an address: "regione.calabria.it", "flanders.bio", "info@x". */
  private static boolean standsAlone(String text, Token t) {
    boolean left = t.start() == 0 || Character.isWhitespace(text.charAt(t.start() - 1))
        || "(\"'«“‘".indexOf(text.charAt(t.start() - 1)) >= 0;
    int e = t.end();
    boolean right = e >= text.length() || Character.isWhitespace(text.charAt(e))
        || ",;:!?)»”’\"".indexOf(text.charAt(e)) >= 0
        || text.charAt(e) == '.' && (e + 1 >= text.length() || Character.isWhitespace(text.charAt(e + 1)));
    return left && right;
  }

  private static boolean startsSentence(Doc doc, Cand c) {
    int t = doc.tokenAt(c.start);
    return t == doc.sentence(doc.sentenceAt(c.start)).first();
  }
}
