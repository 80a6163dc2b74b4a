package eu.intercluster.scheduler.solver;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Where a participant's meetings can sit when it has no break: its n mandatory meetings then fill a
 * window of n consecutive slots, one meeting per slot. A window is possible only if its slots and
 * the meetings admit a perfect matching (meeting to a candidate slot inside the window); a meeting
 * can take slot s only if the edge (meeting, s) lies in some perfect matching of some possible
 * window (Dulmage-Mendelsohn: matched edge, or both ends in one strongly connected component of the
 * alternating graph). No possible window proves at least one break.
 */
final class BreakFreeWindows {

  /** windows[a] = the window starting in slot a is possible (1-based, length slots + 1). */
  final boolean[] windows;
  /** edge[i][s] = the participant's i-th meeting can be in slot s with no break. */
  final boolean[][] edge;
  final boolean any;

  private BreakFreeWindows(boolean[] windows, boolean[][] edge, boolean any) {
    this.windows = windows;
    this.edge = edge;
    this.any = any;
  }

  /** Null when the participant has optional meetings or fewer than two meetings. */
  static BreakFreeWindows of(Candidates c, int participant) {
    List<Integer> ms = c.meetingsOf.get(participant - 1);
    int n = ms.size();
    if (n < 2 || c.mandatoryCount(participant) != n) {
      return null;
    }
    int slots = c.problem.slotCount();
    boolean[] windows = new boolean[slots + 2];
    boolean[][] edge = new boolean[n][slots + 1];
    boolean any = false;
    boolean[][] can = new boolean[n][slots + 1];
    for (int i = 0; i < n; i++) {
      for (int s : c.slotsOf(ms.get(i))) {
        can[i][s] = true;
      }
    }
    for (int a = 1; a + n - 1 <= slots; a++) {
      // adjacency meeting i -> window position j (slot a + j)
      boolean[][] adj = new boolean[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          adj[i][j] = can[i][a + j];
        }
      }
      int[] slotOfMeeting = new int[n];
      int[] meetingOfSlot = new int[n];
      Arrays.fill(slotOfMeeting, -1);
      Arrays.fill(meetingOfSlot, -1);
      boolean perfect = true;
      for (int i = 0; i < n && perfect; i++) {
        perfect = augment(i, adj, slotOfMeeting, meetingOfSlot, new boolean[n]);
      }
      if (!perfect) {
        continue;
      }
      windows[a] = true;
      any = true;
      int[] comp = components(adj, slotOfMeeting, meetingOfSlot);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (adj[i][j] && (slotOfMeeting[i] == j || comp[i] == comp[n + j])) {
            edge[i][a + j] = true;
          }
        }
      }
    }
    return new BreakFreeWindows(windows, edge, any);
  }

  private static boolean augment(int i, boolean[][] adj, int[] slotOf, int[] meetingOf, boolean[] seen) {
    for (int j = 0; j < adj.length; j++) {
      if (adj[i][j] && !seen[j]) {
        seen[j] = true;
        if (meetingOf[j] < 0 || augment(meetingOf[j], adj, slotOf, meetingOf, seen)) {
          slotOf[i] = j;
          meetingOf[j] = i;
          return true;
        }
      }
    }
    return false;
  }

  /** SCCs (Tarjan, iterative) of: meeting i -> slot j for unmatched edges, slot j -> its meeting. */
  private static int[] components(boolean[][] adj, int[] slotOf, int[] meetingOf) {
    int n = adj.length;
    int total = 2 * n;
    int[][] out = new int[total][];
    for (int i = 0; i < n; i++) {
      int cnt = 0;
      for (int j = 0; j < n; j++) {
        if (adj[i][j] && slotOf[i] != j) {
          cnt++;
        }
      }
      out[i] = new int[cnt];
      cnt = 0;
      for (int j = 0; j < n; j++) {
        if (adj[i][j] && slotOf[i] != j) {
          out[i][cnt++] = n + j;
        }
      }
    }
    for (int j = 0; j < n; j++) {
      out[n + j] = new int[] {meetingOf[j]};
    }
    int[] index = new int[total];
    int[] low = new int[total];
    int[] comp = new int[total];
    boolean[] onStack = new boolean[total];
    Arrays.fill(index, -1);
    Deque<Integer> stack = new ArrayDeque<>();
    int[] next = new int[total];
    int counter = 0;
    int comps = 0;
    for (int root = 0; root < total; root++) {
      if (index[root] >= 0) {
        continue;
      }
      Deque<Integer> call = new ArrayDeque<>();
      call.push(root);
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (!call.isEmpty()) {
        int v = call.peek();
        if (next[v] < out[v].length) {
          int w = out[v][next[v]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            call.push(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          call.pop();
          if (!call.isEmpty()) {
            int u = call.peek();
            low[u] = Math.min(low[u], low[v]);
          }
          if (low[v] == index[v]) {
            int w;
            do {
              w = stack.pop();
              onStack[w] = false;
              comp[w] = comps;
            } while (w != v);
            comps++;
          }
        }
      }
    }
    return comp;
  }
}
