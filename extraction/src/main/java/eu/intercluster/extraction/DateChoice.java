package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * Which date expression an event or agreement takes: of the dates in a sentence that names it (the dateline
 * aside), the one nearest to a mention, so that "the workshop on 2 June, before the fair from 3 to 5 June" gives
 * each its own date; failing that, the nearest date of the sentence right before or after a mention in the same
 * paragraph ("Expo Nova returns to Vellano. The fair runs from 3 to 5 June 2026."). In each of the two, a date that
 * names a day ("3 to 5 June", "ieri") is preferred to a vaguer one ("in 2027", "next month", "venerdì scorso"): the
 * vaguer one is more often a plan or a side remark ("signed today ... the first call opens in 2027").
 */
final class DateChoice {
  private static final Pattern DAY_NUMBER = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");

  private DateChoice() {}

  /**
   * The date nearest to one of the entity's mentions in the same sentence (one naming a day first), then in a
   * neighbouring one, or null.
   */
  static Doc.DateMention nearest(Doc doc, Ent e) {
    for (int apart = 0; apart <= 1; apart++) {
      for (boolean dayOnly : new boolean[] {true, false}) {
        Doc.DateMention d = nearest(doc, e, apart, dayOnly);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** Whether the date names one day or a run of days: a day number, or a day the dateline fixes ("ieri"). */
  static boolean namesADay(DateValue v) {
    return DAY_NUMBER.matcher(v.text()).find() || RelativeDates.fixedByDateline(v.text());
  }

  private static Doc.DateMention nearest(Doc doc, Ent e, int sentencesApart, boolean dayOnly) {
    Doc.DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cand c : e.cands) {
      int sentence = doc.sentenceAt(c.start);
      for (Doc.DateMention d : doc.dates) {
        if (d.dateline() || Math.abs(doc.sentenceAt(d.start()) - sentence) != sentencesApart
            || dayOnly && !namesADay(d.value())) {
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
