package eu.intercluster.extraction;

import java.util.Map;
import java.util.Set;

/**
 * A name given to a programme noun a few words before it: "il primo progetto, denominato AcquaRossa", "the
 * alliance's first joint project, HyNorthLink, has been", "le premier projet lancé dans ce cadre, OASIS-EAU,",
 * "il primo progetto operativo si chiama SUPPLY-BG"; and a name right before a programme noun of its own kind
 * that is not among the programme cues ("the H2Global mechanism", "the Jems system", "the X incentive scheme").
 */
final class NamedProgrammes {
  private NamedProgrammes() {}

  /** Words that give the name right after them ("denominato X", "si chiama X", "is X"). */
  private static final Set<String> NAMING = Words.union(Words.NAMING, Words.folded("chiama", "dubbed",
      "nommé", "nommée", "appelé", "appelée", "bautizado", "bautizada", "is", "est", "es"));

  /** Lower-case words allowed between the programme noun and the name: at most this many. */
  private static final int GAP = 5;

  /**
   * The programme kind when the name at tokens [a, b) is given to a programme noun before it in the same sentence,
   * else null.
   */
  static String namedBefore(Doc doc, int a, int b, int sentenceFirst) {
    if (a < 2) {
      return null;
    }
    Token right = doc.tokens.get(a - 1);
    boolean comma = right.is(",");
    boolean naming = NAMING.contains(Words.f(right)) || right.text().equals("è");
    if (!comma && !naming) {
      return null;
    }
    if (comma && !closedAfter(doc, b)) {
      return null;
    }
    for (int i = a - 2, words = 0; i >= Math.max(sentenceFirst, a - 2 - GAP); i--) {
      Token t = doc.tokens.get(i);
      if (t.isUpper() || !t.isWord() && !t.is(",")) {
        return null;
      }
      String kind = Lexicon.INSTANCE.cue("programmenoun", t.text());
      if (kind != null) {
        return kind;
      }
      if (t.isWord() && ++words > GAP - 1) {
        return null;
      }
    }
    return null;
  }

  /** "X, has been", "X." or "X)": the name closes an apposition. */
  private static boolean closedAfter(Doc doc, int b) {
    if (b >= doc.tokens.size()) {
      return true;
    }
    Token t = doc.tokens.get(b);
    return t.is(",") || t.is(".") || t.is(")") || t.is(":") || t.is(";");
  }

  private static final Map<String, String> KIND_NOUNS = Map.of("mechanism", "funding programme", "scheme",
      "funding programme", "system", "platform", "competition", "call", "strategy", "strategy");

  /** "the H2Global mechanism", "via the Jems system": the kind of the lower-case noun right after the name. */
  static String kindNounAfter(Doc doc, int b) {
    if (b >= doc.tokens.size() || doc.tokens.get(b).isUpper()) {
      return null;
    }
    String kind = KIND_NOUNS.get(Words.f(doc.tokens.get(b)));
    if (kind == null && b + 1 < doc.tokens.size() && !doc.tokens.get(b + 1).isUpper()
        && Words.set("incentive", "investment", "funding", "support").contains(Words.f(doc.tokens.get(b)))) {
      kind = KIND_NOUNS.get(Words.f(doc.tokens.get(b + 1)));
    }
    return kind;
  }

  private static final Set<String> LED = Words.folded("led", "coordinated", "coordinato", "coordinata", "guidato",
      "guidata", "porté", "portée", "coordonné", "coordonnée", "liderado", "liderada", "coordinado", "coordinada",
      "managed");
  private static final Set<String> BY = Words.folded("by", "da", "dal", "dalla", "dall'", "par", "por");

  /**
   * "SEAVISION, led by the port authority", "« Léman Hydrogène », porté par": a name without cue words that an
   * apposition says someone leads is a project (32 of 35 such names in the annotated texts; the others carry an
   * organisation's cue word).
   */
  static boolean ledAfter(Doc doc, int b) {
    int i = b;
    if (i < doc.tokens.size() && Words.set("»", "”", "\"", "'").contains(doc.tokenText(i))) {
      i++;
    }
    if (i < doc.tokens.size() && doc.tokens.get(i).is("(")) {
      while (i < doc.tokens.size() && i < b + 8 && !doc.tokens.get(i).is(")")) {
        i++;
      }
      i++;
    }
    return i + 2 < doc.tokens.size() && doc.tokens.get(i).is(",") && LED.contains(Words.f(doc.tokens.get(i + 1)))
        && BY.contains(Words.f(doc.tokens.get(i + 2)));
  }
}
