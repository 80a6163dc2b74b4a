package eu.intercluster.extraction;

import java.util.Set;

/**
 * A numbered cluster of a research programme, with its quoted title when one follows: "Cluster 5 “Climate, Energy and
 * Mobility”", "Cluster 6 «Cibo, bioeconomia, ...»", "Cluster 6 di Horizon Europe". A programme strand, not an
 * organisation (7 of 7 such names in the annotated texts).
 */
final class ProgrammeStrands {
  private static final Set<String> HEADS = Words.set("Cluster", "Pillar", "Pilastro", "Pilier", "Pilar");
  private static final Set<String> OPEN = Words.set("“", "\"", "«");
  private static final Set<String> CLOSE = Words.set("”", "\"", "»");
  private static final int MAX_TITLE = 14;

  private ProgrammeStrands() {}

  /** "Horizon Europe Cluster 4": a known programme already runs on over the strand. */
  private static boolean insideProgramme(Doc doc, int offset) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PROGRAMME && c.start < offset && c.end > offset) {
        return true;
      }
    }
    return false;
  }

  static void recognise(Doc doc) {
    for (int i = 0; i + 1 < doc.tokens.size(); i++) {
      if (!HEADS.contains(doc.tokenText(i)) || !doc.tokenText(i + 1).matches("[1-9]")
          || insideProgramme(doc, doc.tokenStart(i))) {
        continue;
      }
      int end = doc.tokenEnd(i + 1);
      int last = doc.sentence(doc.sentenceAt(doc.tokenStart(i))).last();
      if (i + 3 <= last && OPEN.contains(doc.tokenText(i + 2))) {
        for (int k = i + 3; k <= Math.min(last, i + 2 + MAX_TITLE); k++) {
          if (CLOSE.contains(doc.tokenText(k))) {
            end = doc.tokenEnd(k);
            break;
          }
        }
      }
      int start = doc.tokenStart(i);
      doc.add(start, end, EntityType.PROGRAMME, "funding programme", Cand.PATTERN + 1,
          "T:" + Norm.fold(doc.slice(start, end)));
    }
  }
}
