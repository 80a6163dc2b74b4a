package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * Common event nouns that name an occasion of its own rather than the text's main event: a kick-off meeting, a
 * workshop or seminar, a reception, a general assembly, an info day, a site inspection, a return or follow-up visit
 * ("la missione di ritorno", "the return mission", "la misión inversa"), an Italian, French or Spanish ceremony (an
 * English "ceremony" mostly names the reported event itself: measured both ways). Such a mention is its own EVENT
 * (part of the main one, {@code EventCommonNounParts}) instead of one more mention of the event the text
 * reports: of the "workshop" mentions the rules had merged into another event, the annotated sets had 17 as an event of
 * their own and 2 as a mention of that event; of the "kick-off" ones, 22 and 3.
 */
final class EventOccasions {
  private static final Pattern OWN = Pattern.compile("(?:^|\\s)(?:kick off|kickoff|workshops?|seminario|seminari"
      + "|seminars?|seminaire|seminaires|ricevimento|reception|recepcion|sopralluogo|premiazione|return|follow up"
      + "|inversa|inverse|inverso|ritorno|retour|assemblea generale|general assembly|assemblee generale"
      + "|asamblea general|info day|information day|giornata informativa|jornada informativa|journee d'information"
      + "|jornada tecnica|pitch session|sessione di pitch|reunion de lanzamiento|meeting di lancio|meeting di avvio"
      + "|riunione di avvio|cerimonia|ceremonie|ceremonia|technical visits?|guided tour|partner meeting)(?:$|\\s)");

  private EventOccasions() {}

  /**
   * "un seminario di lavoro dedicato a X ... il workshop": when the text's first event mention is a talk (kind
   * conference), a later seminar or workshop is that event again, not one of its own.
   */
  static void joinFirstTalk(Doc doc) {
    Cand first = null;
    for (Cand c : doc.cands) {
      boolean event = c.type == EntityType.EVENT && !c.attrs.containsKey("_sub") && !c.attrs.containsKey("_future");
      if (event && (first == null || c.start < first.start)) {
        first = c;
      }
    }
    if (first == null || !"conference".equals(first.kind)) {
      return;
    }
    for (Cand c : doc.cands) {
      if (c.type == EntityType.EVENT && c.canon.startsWith("event:own:") && "conference".equals(c.kind)) {
        c.canon = "event:main";
      }
    }
  }

  /** The canonical key of a generic event mention: its own occasion when its words say so, else the main event. */
  static String canon(Doc doc, int start, int end) {
    String text = Norm.fold(doc.slice(start, end));
    return OWN.matcher(text).find() ? "event:own:" + text : "event:main";
  }
}
