package eu.intercluster.scheduler.cli;

import eu.intercluster.scheduler.io.Instance;
import eu.intercluster.scheduler.io.InstanceFiles;
import eu.intercluster.scheduler.io.ScheduleJson;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import eu.intercluster.scheduler.validate.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code schedule-validate INSTANCE SCHEDULE.json}: independent check, exit 0 when valid. */
final class ValidateCommand {

  int run(String[] raw) {
    Args args = new Args(raw, Set.of("--fairness"), Set.of());
    if (args.positional.size() != 2) {
      throw new IllegalArgumentException("schedule-validate needs INSTANCE and SCHEDULE.json");
    }
    Instance instance = InstanceFiles.load(Path.of(args.positional.get(0)));
    Path schedule = Path.of(args.positional.get(1));
    List<Assignment> assignments = ScheduleCommand.readPublished(schedule);
    int fairness = args.intValue("--fairness", new ScheduleJson().readFairness(read(schedule), 2));
    ValidationReport report = new ScheduleValidator().validate(instance.problem(), assignments, fairness);
    if (report.isValid()) {
      System.out.println("VALID breaks=" + report.breaks() + " maxPerParticipant=" + report.maxBreaks());
      return 0;
    }
    System.out.println("INVALID (" + report.violations().size() + " violations)");
    report.violations().stream().limit(50).forEach(v -> System.out.println("  " + v));
    return 1;
  }

  private static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
