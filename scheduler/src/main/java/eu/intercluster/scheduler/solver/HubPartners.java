package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import java.util.BitSet;
import java.util.List;

/**
 * The partners of the "packed" participants: a participant whose free (not fixed, not optional)
 * meetings of one session can only take slots of a window W and number at least |W| (two or more)
 * fills every slot of W, so by a Hall argument its partners there meet it in fixed places and some of
 * them must break. Fixed meetings are left out: two fixed meetings alone would make a packed window
 * (forum-13crafb.fixed020-Forb: 6-14 anchored cases refuted instead of 0 with them counted). On ticf-13crafb 48
 * fills the 10 afternoon slots and 62 the 12 morning ones, and every schedule at the optimum broke
 * two of their partners (23, 37) and a third ({20} or {1}: 20 meets both hubs, 1 meets 62), while 41,
 * 26, 14, 10, which break above their bound in more samples on some seeds, meet neither. The anchored
 * cases rank these partners first ({@link AnchoredCases}).
 */
final class HubPartners {

  /** INTERCLUSTER_NO_HUB_PARTNERS: rank the anchored cases by their counts alone (as until session 24). */
  static final boolean ON = System.getenv("INTERCLUSTER_NO_HUB_PARTNERS") == null;

  private HubPartners() {
  }

  /** Participants (0-based) meeting a packed participant in one of its filled windows. */
  static BitSet of(Candidates c) {
    BitSet out = new BitSet(c.meetingsOf.size());
    if (!ON) {
      return out;
    }
    for (int p = 1; p <= c.meetingsOf.size(); p++) {
      List<Integer> ms = c.meetingsOf.get(p - 1);
      for (var session : eu.intercluster.scheduler.model.Session.values()) {
        BitSet window = new BitSet();
        for (int id : ms) {
          Meeting m = c.problem.meeting(id);
          if (!m.optional() && !m.isFixed() && m.session() == session) {
            for (int s : c.slotsOf(id)) {
              window.set(s);
            }
          }
        }
        markIfFilled(c, p, ms, window, out);
      }
    }
    return out;
  }

  /** Marks the partners of p's meetings inside window when they are at least as many as its slots. */
  private static void markIfFilled(Candidates c, int p, List<Integer> ms, BitSet window, BitSet out) {
    if (window.isEmpty()) {
      return;
    }
    BitSet partners = new BitSet();
    int inside = 0;
    for (int id : ms) {
      Meeting m = c.problem.meeting(id);
      int[] slots = c.slotsOf(id);
      boolean within = !m.optional() && !m.isFixed() && slots.length > 0;
      for (int s : slots) {
        within &= window.get(s);
      }
      if (within) {
        inside++;
        partners.set((m.first() == p ? m.second() : m.first()) - 1);
      }
    }
    if (inside >= 2 && inside >= window.cardinality()) {
      out.or(partners);
    }
  }
}
