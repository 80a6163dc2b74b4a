package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every scheduled meeting a table. Participants who keep a table get tables 1..K in id order
 * and all their meetings there; other meetings share tables K+1..T, keeping their published table
 * when it is still free.
 */
final class TableAssigner {

  private final Problem problem;

  TableAssigner(Problem problem) {
    this.problem = problem;
  }

  List<Assignment> assign(int[] slotOfMeeting, List<Assignment> published) {
    Map<Integer, Integer> keeperTable = new HashMap<>();
    int next = 1;
    for (Participant p : problem.participants()) {
      if (p.keepsTable()) {
        keeperTable.put(p.id(), next++);
      }
    }
    int firstShared = next;
    Map<Integer, Integer> publishedTable = new HashMap<>();
    for (Assignment a : published) {
      publishedTable.put(a.meeting(), a.table());
    }
    boolean[][] used = new boolean[problem.slotCount() + 1][problem.tableCount() + 1];
    int[] table = new int[slotOfMeeting.length];
    List<Meeting> rest = new ArrayList<>();
    for (Meeting m : problem.meetings()) {
      int s = slotOfMeeting[m.id() - 1];
      if (s == 0) {
        continue;
      }
      Integer kt = keeperTable.containsKey(m.first()) ? keeperTable.get(m.first()) : keeperTable.get(m.second());
      if (kt != null) {
        table[m.id() - 1] = kt;
        used[s][kt] = true;
      } else {
        Integer pt = publishedTable.get(m.id());
        if (pt != null && pt >= firstShared && pt <= problem.tableCount() && !used[s][pt]) {
          table[m.id() - 1] = pt;
          used[s][pt] = true;
        } else {
          rest.add(m);
        }
      }
    }
    for (Meeting m : rest) {
      int s = slotOfMeeting[m.id() - 1];
      int t = firstShared;
      while (t <= problem.tableCount() && used[s][t]) {
        t++;
      }
      if (t > problem.tableCount()) {
        throw new IllegalStateException("no free table for meeting " + m.id() + " in slot " + s);
      }
      table[m.id() - 1] = t;
      used[s][t] = true;
    }
    List<Assignment> out = new ArrayList<>();
    for (int i = 0; i < slotOfMeeting.length; i++) {
      if (slotOfMeeting[i] > 0) {
        out.add(new Assignment(i + 1, slotOfMeeting[i], table[i]));
      }
    }
    return out;
  }
}
