package eu.intercluster.scheduler.generate;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates large realistic brokerage events: participant popularity follows a power law (a few
 * sought-after firms, a long tail), meetings are morning-only, afternoon-only or either, and about
 * a third of the participants arrive late or leave early (a block of forbidden slots). Optionally
 * ({@link Spec#withMidDayAbsences}) some of the others are away for one or two slots in the middle
 * of the day (a pitch, a panel), which forces a break on those with more meetings than fit on
 * either side, so that the combinatorial lower bound on breaks is not trivially 0.
 */
public final class EventGenerator {

  /**
   * Parameters; {@code maxLoad} caps a participant's meetings at that share of its free slots;
   * {@code midDayAbsenceShare} of the participants who neither arrive late nor leave early are away
   * for one or two slots in the middle third of the day (0 by default).
   */
  public record Spec(int participants, int meetings, int slots, int morningSlots, int tables, long seed,
      double lateOrEarlyShare, double maxLoad, double midDayAbsenceShare) {

    /** Without mid-day absences. */
    public Spec(int participants, int meetings, int slots, int morningSlots, int tables, long seed,
        double lateOrEarlyShare, double maxLoad) {
      this(participants, meetings, slots, morningSlots, tables, seed, lateOrEarlyShare, maxLoad, 0);
    }

    public static Spec of(int participants, int meetings, int slots, int tables, long seed) {
      return new Spec(participants, meetings, slots, slots / 2, tables, seed, 0.3, 0.75);
    }

    public Spec withMidDayAbsences(double share) {
      return new Spec(participants, meetings, slots, morningSlots, tables, seed, lateOrEarlyShare, maxLoad, share);
    }
  }

  public Problem generate(Spec spec) {
    if (spec.participants() < 2 || spec.slots() < 1 || spec.tables() < 1 || spec.meetings() < 0) {
      throw new IllegalArgumentException("need >= 2 participants, >= 1 slot, >= 1 table, >= 0 meetings");
    }
    if (spec.meetings() > (long) spec.slots() * spec.tables()) {
      throw new IllegalArgumentException(spec.meetings() + " meetings cannot fit in " + spec.slots()
          + " slots x " + spec.tables() + " tables");
    }
    Random random = new Random(spec.seed());
    int n = spec.participants();
    List<Participant> participants = new ArrayList<>();
    int[] cap = new int[n + 1];
    int[] morningFree = new int[n + 1];
    int[] afternoonFree = new int[n + 1];
    for (int p = 1; p <= n; p++) {
      Set<Integer> forbidden = new HashSet<>();
      if (random.nextDouble() < spec.lateOrEarlyShare()) {
        int len = 1 + random.nextInt(Math.max(1, spec.slots() / 6));
        boolean late = random.nextBoolean();
        for (int k = 0; k < len; k++) {
          forbidden.add(late ? 1 + k : spec.slots() - k);
        }
      } else if (spec.midDayAbsenceShare() > 0 && random.nextDouble() < spec.midDayAbsenceShare()) {
        int third = Math.max(1, spec.slots() / 3);
        int first = Math.min(spec.slots(), third + 1 + random.nextInt(third));
        int len = Math.min(1 + random.nextInt(2), spec.slots() - first + 1);
        for (int k = 0; k < len; k++) {
          forbidden.add(first + k);
        }
      }
      participants.add(new Participant(p, "participant " + p, forbidden, false));
      int free = spec.slots() - forbidden.size();
      cap[p] = Math.max(1, (int) Math.floor(free * spec.maxLoad()));
      for (int s = 1; s <= spec.slots(); s++) {
        if (!forbidden.contains(s)) {
          if (s <= spec.morningSlots()) {
            morningFree[p]++;
          } else {
            afternoonFree[p]++;
          }
        }
      }
    }
    double[] cumulative = popularity(n, random);
    int[] degree = new int[n + 1];
    int[] morningOnly = new int[n + 1];
    int[] afternoonOnly = new int[n + 1];
    Set<Long> pairs = new HashSet<>();
    List<Meeting> meetings = new ArrayList<>();
    long attempts = 0;
    while (meetings.size() < spec.meetings()) {
      if (++attempts > 200L * spec.meetings() + 10_000) {
        throw new IllegalArgumentException("cannot place " + spec.meetings() + " meetings among "
            + n + " participants with these slot limits; lower --meetings");
      }
      int a = pick(cumulative, random);
      int b = pick(cumulative, random);
      if (a == b || degree[a] >= cap[a] || degree[b] >= cap[b]) {
        continue;
      }
      long key = (long) Math.min(a, b) * 1_000_000L + Math.max(a, b);
      if (!pairs.add(key)) {
        continue;
      }
      Session session = session(random);
      if (session == Session.MORNING && (morningOnly[a] + 2 > morningFree[a] / 2 || morningOnly[b] + 2 > morningFree[b] / 2)) {
        session = Session.ANY;
      }
      if (session == Session.AFTERNOON
          && (afternoonOnly[a] + 2 > afternoonFree[a] / 2 || afternoonOnly[b] + 2 > afternoonFree[b] / 2)) {
        session = Session.ANY;
      }
      morningOnly[a] += session == Session.MORNING ? 1 : 0;
      morningOnly[b] += session == Session.MORNING ? 1 : 0;
      afternoonOnly[a] += session == Session.AFTERNOON ? 1 : 0;
      afternoonOnly[b] += session == Session.AFTERNOON ? 1 : 0;
      degree[a]++;
      degree[b]++;
      meetings.add(new Meeting(meetings.size() + 1, a, b, session, 0, false, 1));
    }
    String name = "generated-p" + n + "-m" + spec.meetings() + "-s" + spec.slots() + "-t" + spec.tables()
        + "-seed" + spec.seed()
        + (spec.midDayAbsenceShare() > 0 ? "-midday" + Math.round(100 * spec.midDayAbsenceShare()) : "");
    return new Problem(name, spec.slots(), spec.morningSlots(), spec.tables(), participants, meetings, List.of());
  }

  private static Session session(Random random) {
    double r = random.nextDouble();
    return r < 0.2 ? Session.MORNING : r < 0.4 ? Session.AFTERNOON : Session.ANY;
  }

  /** Cumulative weights 1/rank^0.8 over a random ranking of participants. */
  private static double[] popularity(int n, Random random) {
    List<Integer> ranks = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ranks.add(i);
    }
    java.util.Collections.shuffle(ranks, random);
    double[] cumulative = new double[n + 1];
    for (int p = 1; p <= n; p++) {
      cumulative[p] = cumulative[p - 1] + Math.pow(ranks.get(p - 1), -0.8);
    }
    return cumulative;
  }

  private static int pick(double[] cumulative, Random random) {
    double r = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 1;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < r) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
