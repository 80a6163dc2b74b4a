package eu.intercluster.extraction;

/**
 * Which date expression an event or agreement takes: of the dates in a sentence that names it (the dateline
 * aside), the one nearest to a mention, so that "the workshop on 2 June, before the fair from 3 to 5 June" gives
 * each its own date; failing that, the nearest date of the sentence right before or after a mention in the same
 * paragraph ("Expo Nova returns to Vellano. The fair runs from 3 to 5 June 2026.").
 */
final class DateChoice {
  private DateChoice() {}

  /** The date nearest to one of the entity's mentions in the same sentence, then in a neighbouring one, or null. */
  static Doc.DateMention nearest(Doc doc, Ent e) {
    Doc.DateMention same = nearest(doc, e, 0);
    return same != null ? same : nearest(doc, e, 1);
  }

  private static Doc.DateMention nearest(Doc doc, Ent e, int sentencesApart) {
    Doc.DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cand c : e.cands) {
      int sentence = doc.sentenceAt(c.start);
      for (Doc.DateMention d : doc.dates) {
        if (d.dateline() || Math.abs(doc.sentenceAt(d.start()) - sentence) != sentencesApart) {
          continue;
        }
        int distance = d.start() >= c.end ? d.start() - c.end : c.start - d.end();
        if (distance < bestDistance && (sentencesApart == 0 || sameParagraph(doc, c, d))) {
          best = d;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private static boolean sameParagraph(Doc doc, Cand c, Doc.DateMention d) {
    int from = Math.min(c.start, d.start());
    int to = Math.max(c.end, d.end());
    return doc.text.indexOf('\n', from) < 0 || doc.text.indexOf('\n', from) >= to;
  }
}
