package eu.intercluster.extraction;

import java.util.Set;

/**
 * A delegation: "visita della delegazione" is a delegation visit; in a text that speaks of a mission a delegation is
 * that mission's group (the same event); elsewhere (a delegation at a fair, a delegation received) it is an event of
 * its own.
 */
final class DelegationEvents {
  private DelegationEvents() {}

  static void add(Doc doc, int i) {
    boolean afterVisit = i >= 2 && EventRecogniser.VISIT.contains(Words.f(doc.tokens.get(i - 2)));
    Token first = doc.tokens.get(afterVisit ? i : EventNounSpans.demonymStart(doc, i));
    Token last = doc.tokens.get(EventNounSpans.demonymEnd(doc, i, i));
    boolean own = !afterVisit && !mentionsMission(doc);
    Cand c = doc.add(first.start(), last.end(), EntityType.EVENT, "delegation", Cand.GENERIC,
        afterVisit ? "event:visit" : own ? "event:delegation" : "event:main");
    c.generic = true;
    c.reference = !afterVisit && !own;
  }

  private static final Set<String> MISSION = Words.set("missione", "missioni", "mission", "missions", "mision",
      "misiones");

  /**
   * Whether the text speaks of a mission: its delegation is then the mission's group, else (a delegation at a fair,
   * a delegation received) an event of its own.
   */
  private static boolean mentionsMission(Doc doc) {
    for (Token t : doc.tokens) {
      if (MISSION.contains(Words.f(t))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a delegation noun follows the visit noun at i ("visita della delegazione"). */
  static boolean follows(Doc doc, int i) {
    return i + 2 < doc.tokens.size() && EventRecogniser.DELEGATION.contains(Words.f(doc.tokens.get(i + 2)));
  }
}
