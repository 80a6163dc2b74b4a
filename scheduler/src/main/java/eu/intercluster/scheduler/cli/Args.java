package eu.intercluster.scheduler.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minimal parser of {@code --name value} options and positional arguments. */
final class Args {

  final List<String> positional = new ArrayList<>();
  private final Map<String, String> options = new HashMap<>();

  Args(String[] args, Set<String> valued, Set<String> flags) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--")) {
        if (flags.contains(a)) {
          options.put(a, "true");
        } else if (valued.contains(a)) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("option " + a + " needs a value");
          }
          options.put(a, args[++i]);
        } else {
          throw new IllegalArgumentException("unknown option " + a + "\n" + SchedulerMain.usage());
        }
      } else {
        positional.add(a);
      }
    }
  }

  String get(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  boolean has(String name) {
    return options.containsKey(name);
  }

  int intValue(String name, int fallback) {
    String v = options.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + name + " must be an integer, got '" + v + "'");
    }
  }

  double doubleValue(String name, double fallback) {
    String v = options.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + name + " must be a number, got '" + v + "'");
    }
  }
}
