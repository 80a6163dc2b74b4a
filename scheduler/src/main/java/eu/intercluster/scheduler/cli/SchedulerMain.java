package eu.intercluster.scheduler.cli;

import java.util.Arrays;

/**
 * CLI entry: {@code schedule}, {@code schedule-validate}, {@code schedule-bench}, {@code
 * schedule-generate}. Exit codes: 0 schedule found / ok, 1 no schedule (UNKNOWN) or invalid
 * schedule, 2 bad input, 3 proven infeasible.
 */
public final class SchedulerMain {

  static final int BAD_INPUT = 2;

  private SchedulerMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length == 0) {
      System.err.println(usage());
      return BAD_INPUT;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args[0]) {
        case "schedule" -> new ScheduleCommand().run(rest);
        case "schedule-validate" -> new ValidateCommand().run(rest);
        case "schedule-bench" -> new BenchCommand().run(rest);
        case "schedule-generate" -> new GenerateCommand().run(rest);
        default -> {
          System.err.println("unknown subcommand '" + args[0] + "'\n" + usage());
          yield BAD_INPUT;
        }
      };
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  static String usage() {
    return String.join("\n",
        "usage:",
        "  intercluster schedule INSTANCE(.dzn|.json) --out SCHEDULE.json [--time-limit SECONDS] [--fairness D]"
            + " [--threads N] [--seed K] [--published SCHEDULE.json]",
        "  intercluster schedule-validate INSTANCE SCHEDULE.json [--fairness D]",
        "  intercluster schedule-bench [--dir DIR] [--out docs/benchmarks/b2b.md] [--time-limit S] [--threads N]"
            + " [--only SUBSTRING] [--originals] [--no-scale] [--scale-only] [--scale-time-limit S] [--crafted-time-limit S]",
        "  intercluster schedule-generate --participants N --meetings M --slots S --tables T --seed K --out FILE"
            + " [--morning-slots S] [--forbidden-rate R]");
  }
}
