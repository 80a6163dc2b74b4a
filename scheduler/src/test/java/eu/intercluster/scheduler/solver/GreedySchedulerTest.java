package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.generate.EventGenerator;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreedySchedulerTest {

  @Test
  void placesEveryMeetingOfAGeneratedEventValidly() {
    Problem p = new EventGenerator().generate(EventGenerator.Spec.of(300, 1500, 24, 90, 5));
    Candidates c = new Candidates(p);
    int[] slots = new GreedyScheduler(c, -1).solve(System.nanoTime() + 5_000_000_000L);
    assertThat(Breaks.complete(p, slots)).isTrue();
    var assignments = new TableAssigner(p).assign(slots, List.of());
    var report = new ScheduleValidator().validate(p, assignments, -1);
    assertThat(report.violations()).isEmpty();
    assertThat(report.breaks()).isEqualTo(Breaks.total(Breaks.perParticipant(p, slots)));
  }
}
