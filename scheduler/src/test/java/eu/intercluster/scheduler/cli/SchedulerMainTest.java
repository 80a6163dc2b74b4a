package eu.intercluster.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.io.ProblemJson;
import eu.intercluster.scheduler.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerMainTest {

  @TempDir Path dir;

  private Path write(Problem p) throws Exception {
    Path f = dir.resolve("event.json");
    Files.writeString(f, new ProblemJson().write(p, List.of()));
    return f;
  }

  @Test
  void schedulesWritesContractJsonAndExitsZero() throws Exception {
    Path in = write(TinyProblem.of(3, 3, 1).meeting(1, 2).meeting(2, 3).build());
    Path out = dir.resolve("s.json");
    int code = SchedulerMain.run(new String[] {"schedule", in.toString(), "--out", out.toString(), "--threads", "1",
        "--time-limit", "10"});
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.path("status").asText()).isEqualTo("OPTIMAL");
    assertThat(json.path("objective").path("breaks").asInt()).isZero();
    assertThat(json.path("fairness").asInt()).isEqualTo(2);
    assertThat(json.path("meetings")).hasSize(2);
    assertThat(json.path("meetings").get(0).path("participants").toString()).isEqualTo("[1,2]");
    assertThat(SchedulerMain.run(new String[] {"schedule-validate", in.toString(), out.toString()})).isZero();
  }

  @Test
  void infeasibleExitsThreeWithExplanation() throws Exception {
    Path in = write(TinyProblem.of(3, 1, 1).meeting(1, 2).meeting(1, 3).build());
    Path out = dir.resolve("s.json");
    int code = SchedulerMain.run(new String[] {"schedule", in.toString(), "--out", out.toString()});
    assertThat(code).isEqualTo(3);
    assertThat(new ObjectMapper().readTree(out.toFile()).path("explanation").asText())
        .contains("participant 1 has 2 meetings");
  }

  @Test
  void badInputExitsTwo() throws Exception {
    assertThat(SchedulerMain.run(new String[] {"schedule", dir.resolve("missing.dzn").toString(), "--out", "x"}))
        .isEqualTo(2);
    assertThat(SchedulerMain.run(new String[] {"schedule", "a.dzn"})).isEqualTo(2);
    assertThat(SchedulerMain.run(new String[] {"schedule-nope"})).isEqualTo(2);
    Path in = write(TinyProblem.of(2, 1, 1).meeting(1, 2).build());
    assertThat(SchedulerMain.run(new String[] {"schedule", in.toString(), "--out", "x", "--threads", "many"}))
        .isEqualTo(2);
  }

  @Test
  void validatorRejectsTamperedSchedule() throws Exception {
    Path in = write(TinyProblem.of(3, 3, 1).meeting(1, 2).meeting(2, 3).build());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"meetings\": [{\"meeting\": 1, \"slot\": 1, \"table\": 1},"
        + " {\"meeting\": 2, \"slot\": 1, \"table\": 1}]}");
    assertThat(SchedulerMain.run(new String[] {"schedule-validate", in.toString(), bad.toString()})).isEqualTo(1);
  }
}
