package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/** PART_OF for events named only by a common noun, called by {@code EventRelations}. */
final class EventCommonNounParts {
  /** Main events that hold other events (guide, 3 and 5: sessions, B2B and visits of a fair or mission). */
  private static final Set<String> HOLDING_KINDS = Words.set("fair", "mission", "b2b", "delegation");
  /**
   * A return or reverse mission or visit ("misión inversa", "mission retour", "visita di ritorno", "return
   * delegation") is a later trip the other way, not a part of the text's main event (guide, 3: a sub-event is inside
   * the larger event; the gold makes it PART_OF the fair it attends, if any).
   */
  private static final Pattern RETURN_TRIP = Pattern.compile("(?iu)\\b(?:invers[ao]|inverse|retour|ritorno|retorno"
      + "|return|reverse|inward|incoming)\\b");
  private static final Pattern TRIP = Pattern.compile("(?iu)\\b(?:missions?|misi[oó]n|missione|visits?|visite|visita"
      + "|delegations?|délégation|delegazione|delegación|trip|viaggio|viaje|voyage)\\b");

  /**
   * "la premiazione", "the workshop": an event named only by a common noun is part of the text's main event when that
   * event holds others, a fair, mission or b2b day, or it is a delegation attending a forum (guide, 5); a fair is not
   * part of a smaller event. Under a conference, meeting or ceremony such nouns were mostly events of their own or
   * other mentions of it (five folds, shipped: 6 of 108 right, against 45 of 256 in all).
   */
  static void extract(RelationContext ctx) {
    Ent main = ctx.mainEvent;
    if (main == null) {
      return;
    }
    boolean holds = HOLDING_KINDS.contains(main.attrs.get("kind"));
    boolean forum = "forum".equals(main.attrs.get("kind"));
    for (Ent e : ctx.ents) {
      boolean commonNoun = e.cands.stream().allMatch(c -> c.generic);
      if (e.type == EntityType.EVENT && e != main && commonNoun && !e.is("_sub") && !e.is("_future")
          && !"fair".equals(e.attrs.get("kind")) && !ctx.hasFirst("PART_OF", e) && !returnTrip(e)
          && (holds || forum && "delegation".equals(e.attrs.get("kind")))) {
        ctx.add("PART_OF", e, main, null);
      }
    }
  }

  /** Whether the event is a return or reverse trip, "misión inversa", "return visit". */
  static boolean returnTrip(Ent e) {
    return RETURN_TRIP.matcher(e.text).find() && TRIP.matcher(e.text).find();
  }

  private EventCommonNounParts() {}
}
