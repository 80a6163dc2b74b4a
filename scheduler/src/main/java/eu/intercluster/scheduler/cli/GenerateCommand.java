package eu.intercluster.scheduler.cli;

import eu.intercluster.scheduler.generate.EventGenerator;
import eu.intercluster.scheduler.io.InstanceFiles;
import eu.intercluster.scheduler.io.ProblemJson;
import eu.intercluster.scheduler.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code schedule-generate}: writes a generated event as a JSON problem file. */
final class GenerateCommand {

  int run(String[] raw) {
    Args args = new Args(raw, Set.of("--participants", "--meetings", "--slots", "--tables", "--seed", "--out",
        "--morning-slots", "--forbidden-rate"), Set.of());
    if (!args.has("--out")) {
      throw new IllegalArgumentException("schedule-generate needs --out FILE.json");
    }
    int slots = args.intValue("--slots", 24);
    EventGenerator.Spec spec = new EventGenerator.Spec(args.intValue("--participants", 2000),
        args.intValue("--meetings", 10000), slots, args.intValue("--morning-slots", slots / 2),
        args.intValue("--tables", 600), args.intValue("--seed", 1),
        args.doubleValue("--forbidden-rate", 0.3), 0.75);
    Problem problem = new EventGenerator().generate(spec);
    InstanceFiles.write(Path.of(args.get("--out", "")), new ProblemJson().write(problem, List.of()));
    System.out.println("wrote " + problem.name() + ": " + problem.participants().size() + " participants, "
        + problem.meetings().size() + " meetings to " + args.get("--out", ""));
    return 0;
  }
}
