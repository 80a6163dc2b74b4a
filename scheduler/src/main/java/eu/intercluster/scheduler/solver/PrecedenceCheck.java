package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** Precedences that cannot hold: cycles, and pairs whose possible slots leave no order. */
final class PrecedenceCheck {

  private final Candidates c;
  private final Problem problem;

  PrecedenceCheck(Candidates c) {
    this.c = c;
    this.problem = c.problem;
  }

  void check(List<String> reasons) {
    List<List<Integer>> next = new ArrayList<>();
    for (int i = 0; i <= problem.meetings().size(); i++) {
      next.add(new ArrayList<>());
    }
    for (Precedence p : problem.precedences()) {
      Meeting before = problem.meeting(p.before());
      Meeting after = problem.meeting(p.after());
      next.get(p.before()).add(p.after());
      int[] bs = c.slotsOf(before.id());
      int[] as = c.slotsOf(after.id());
      if (before.optional() || after.optional() || bs.length == 0 || as.length == 0) {
        continue;
      }
      if (bs[0] >= as[as.length - 1]) {
        reasons.add("meeting " + before.id() + " must precede meeting " + after.id() + ", but "
            + before.id() + " cannot be earlier than slot " + bs[0] + " and " + after.id()
            + " cannot be later than slot " + as[as.length - 1]);
      }
    }
    List<Integer> cycle = findCycle(next);
    if (!cycle.isEmpty()) {
      StringBuilder sb = new StringBuilder("precedences form a cycle: meeting ");
      for (int i = 0; i < cycle.size(); i++) {
        sb.append(i == 0 ? "" : " before ").append(cycle.get(i));
      }
      reasons.add(sb.toString());
    }
  }

  private static List<Integer> findCycle(List<List<Integer>> next) {
    int n = next.size();
    int[] state = new int[n];
    int[] parent = new int[n];
    for (int root = 1; root < n; root++) {
      if (state[root] != 0) {
        continue;
      }
      java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
      stack.push(new int[] {root, 0});
      state[root] = 1;
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        int v = top[0];
        if (top[1] < next.get(v).size()) {
          int w = next.get(v).get(top[1]++);
          if (state[w] == 1) {
            List<Integer> cycle = new ArrayList<>();
            for (int u = v; u != w; u = parent[u]) {
              cycle.add(0, u);
            }
            cycle.add(0, w);
            cycle.add(w);
            return cycle;
          }
          if (state[w] == 0) {
            state[w] = 1;
            parent[w] = v;
            stack.push(new int[] {w, 0});
          }
        } else {
          state[v] = 2;
          stack.pop();
        }
      }
    }
    return List.of();
  }
}
