package eu.intercluster.scheduler.io;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the MiniZinc data files of the JAIR 2022 B2B benchmark. Ignores the redundant {@code
 * meetingsxBusiness} (ids shifted by +1) and the dummy {@code 0} in {@code forbidden}.
 */
public final class DznReader {

  private static final Pattern INT = Pattern.compile("-?\\d+");
  private static final Pattern SET = Pattern.compile("\\{([^}]*)\\}");
  private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)");

  public Problem read(String name, String text) {
    Map<String, String> fields = statements(text);
    int participants = intField(fields, "nBusiness");
    int meetings = intField(fields, "nMeetings");
    int tables = intField(fields, "nTables");
    int slots = intField(fields, "nTotalSlots");
    int morning = fields.containsKey("nMorningSlots") ? intField(fields, "nMorningSlots") : slots;
    List<Integer> requested = ints(require(fields, "requested"));
    if (requested.size() != 3 * meetings) {
      throw new IllegalArgumentException(
          "requested has " + requested.size() + " numbers, expected 3 x nMeetings = " + 3 * meetings);
    }
    List<Integer> fixed = fields.containsKey("fixed") ? ints(fields.get("fixed")) : List.of();
    if (!fixed.isEmpty() && fixed.size() != meetings) {
      throw new IllegalArgumentException("fixed has " + fixed.size() + " entries, expected " + meetings);
    }
    List<Meeting> ms = new ArrayList<>();
    for (int m = 0; m < meetings; m++) {
      int fixedSlot = fixed.isEmpty() ? 0 : fixed.get(m);
      ms.add(new Meeting(m + 1, requested.get(3 * m), requested.get(3 * m + 1),
          Session.fromCode(requested.get(3 * m + 2)), fixedSlot, false, 1));
    }
    List<Set<Integer>> forbidden = fields.containsKey("forbidden") ? sets(fields.get("forbidden")) : List.of();
    if (!forbidden.isEmpty() && forbidden.size() != participants) {
      throw new IllegalArgumentException("forbidden has " + forbidden.size() + " sets, expected " + participants);
    }
    List<Participant> ps = new ArrayList<>();
    for (int p = 0; p < participants; p++) {
      Set<Integer> f = new HashSet<>(forbidden.isEmpty() ? Set.of() : forbidden.get(p));
      f.remove(0);
      ps.add(new Participant(p + 1, "", f, false));
    }
    List<Precedence> precedences = new ArrayList<>();
    if (fields.containsKey("precedences")) {
      List<Set<Integer>> pre = sets(fields.get("precedences"));
      if (pre.size() != meetings) {
        throw new IllegalArgumentException("precedences has " + pre.size() + " sets, expected " + meetings);
      }
      for (int m = 0; m < meetings; m++) {
        for (int before : pre.get(m)) {
          precedences.add(new Precedence(before, m + 1));
        }
      }
    }
    return new Problem(name, slots, morning, tables, ps, ms, precedences);
  }

  private static Map<String, String> statements(String text) {
    StringBuilder clean = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      int comment = line.indexOf('%');
      clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    Map<String, String> fields = new HashMap<>();
    for (String st : clean.toString().split(";")) {
      int eq = st.indexOf('=');
      if (st.isBlank()) {
        continue;
      }
      if (eq < 0) {
        throw new IllegalArgumentException("not a 'name = value' statement: " + abbreviate(st.strip()));
      }
      fields.put(st.substring(0, eq).strip(), st.substring(eq + 1).strip());
    }
    return fields;
  }

  private static String require(Map<String, String> fields, String key) {
    String v = fields.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing field '" + key + "'");
    }
    return v;
  }

  private static int intField(Map<String, String> fields, String key) {
    String v = require(fields, key);
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("field '" + key + "' is not an integer: " + abbreviate(v));
    }
  }

  private static List<Integer> ints(String v) {
    List<Integer> out = new ArrayList<>();
    Matcher m = INT.matcher(v);
    while (m.find()) {
      out.add(Integer.parseInt(m.group()));
    }
    return out;
  }

  private static List<Set<Integer>> sets(String v) {
    List<Set<Integer>> out = new ArrayList<>();
    Matcher m = SET.matcher(v);
    while (m.find()) {
      Set<Integer> s = new HashSet<>();
      String body = m.group(1);
      Matcher r = RANGE.matcher(body);
      while (r.find()) {
        for (int i = Integer.parseInt(r.group(1)); i <= Integer.parseInt(r.group(2)); i++) {
          s.add(i);
        }
      }
      s.addAll(ints(RANGE.matcher(body).replaceAll(" ")));
      out.add(s);
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
