package eu.intercluster.scheduler.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemJsonTest {

  @Test
  void roundTripKeepsEveryField() {
    Problem p = TinyProblem.of(3, 4, 2).morningSlots(2).meeting(1, 2, Session.MORNING).fixed(1, 3, 4)
        .optional(2, 3, 5).forbid(2, 1, 3).keepsTable(3).precedence(1, 2).build().withName("event");
    List<Assignment> published = List.of(new Assignment(1, 1, 1));
    String json = new ProblemJson().write(p, published);
    Instance back = new ProblemJson().read("other", json);
    assertThat(back.problem()).isEqualTo(p);
    assertThat(back.published()).isEqualTo(published);
  }

  @Test
  void reportsWhatIsWrong() {
    assertThatThrownBy(() -> new ProblemJson().read("x", "{\"slots\": 3, \"tables\": 1, \"participants\": [],"
        + " \"meetings\": [{\"id\": 1, \"participants\": [1]}]}"))
        .hasMessageContaining("meeting 1: 'participants' must be an array of two ids");
    assertThatThrownBy(() -> new ProblemJson().read("x", "{\"slots\": 3}"))
        .hasMessageContaining("'tables' must be an integer");
    assertThatThrownBy(() -> new ProblemJson().read("x", "{\"slots\": 3, \"tables\": 1, \"participants\": [],"
        + " \"meetings\": [{\"id\": 1, \"participants\": [1, 2]}]}"))
        .hasMessageContaining("meeting 1 names unknown participant 1");
  }
}
