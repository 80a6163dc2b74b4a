package eu.intercluster.extraction;

import java.util.Set;

/**
 * English calls named by their rank, year or openness and what they call for: "the fourth call for classic projects",
 * "its 2025 call", "the first open call for SMEs", "the 2024 LIFE call", "a call for proposals". Over the annotated
 * texts an English call with an ordinal is a programme 15 times in 19, "call for proposals" 4 in 4 (Romance texts
 * annotate the noun alone, "il bando", and are left to {@link ProgrammeReferences}).
 */
final class NumberedCalls {
  private static final Set<String> RANKS = Words.folded("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "open");
  private static final Set<String> CALLS = Words.folded("call", "calls");
  private static final Set<String> OBJECTS = Words.folded("proposals", "projects", "applications", "pilots", "access",
      "tenders", "ideas", "expressions");
  /** Words that end what a call is for: prepositions, verbs, articles (folded). */
  private static final Set<String> ENDS = Words.folded("to", "at", "of", "in", "on", "under", "with", "worth", "will",
      "is", "was", "opens", "opened", "closes", "the", "a", "an", "and", "or", "which", "that", "from", "by", "has",
      "have", "are", "were", "until", "before", "after", "from", "within", "into", "during", "for");
  private static final int MAX_OBJECT_WORDS = 4;

  private NumberedCalls() {}

  static void recognise(Doc doc) {
    if (!"en".equals(doc.lang)) {
      return;
    }
    for (int i = 0; i < doc.tokens.size(); i++) {
      if (!CALLS.contains(doc.folded(i)) || doc.tokens.get(i).isUpper()) {
        continue;
      }
      int start = rankStart(doc, i);
      int end = objectEnd(doc, i);
      if (start < 0 && (end < 0 || !OBJECTS.contains(doc.folded(i + 2)))) {
        continue;
      }
      int st = doc.tokenStart(start < 0 ? i : start);
      int en = end < 0 ? doc.tokenEnd(i) : end;
      doc.add(st, en, EntityType.PROGRAMME, "call", Cand.PATTERN, "T:" + Norm.fold(doc.slice(st, en)));
    }
  }

  /**
   * The rank, year or "open" nearest before the call noun, over up to two capitalised words ("2024 LIFE call"), or
   * -1.
   */
  private static int rankStart(Doc doc, int i) {
    int first = doc.sentence(doc.sentenceAt(doc.tokenStart(i))).first();
    for (int k = i - 1; k >= Math.max(first, i - 3); k--) {
      Token t = doc.tokens.get(k);
      if (RANKS.contains(t.folded()) || t.text().matches("20\\d\\d")) {
        return k; // "the first open call": annotated "open call"
      }
      if (!t.isUpper() || !t.isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /** The end offset of "for proposals", "for classic projects", "for SMEs" after the call noun, or -1. */
  private static int objectEnd(Doc doc, int i) {
    int last = doc.sentence(doc.sentenceAt(doc.tokenStart(i))).last();
    if (i + 2 > last || !doc.folded(i + 1).equals("for")) {
      return -1;
    }
    for (int k = i + 2; k <= Math.min(last, i + 1 + MAX_OBJECT_WORDS); k++) {
      Token t = doc.tokens.get(k);
      if (!t.isWord() || ENDS.contains(t.folded()) || Character.isDigit(t.text().charAt(0))) {
        return -1;
      }
      if (OBJECTS.contains(t.folded()) || t.folded().endsWith("s")) {
        return t.end(); // the plural noun ends it: "for classic projects", "for SMEs"
      }
    }
    return -1;
  }
}
