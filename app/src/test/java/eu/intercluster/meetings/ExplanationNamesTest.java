package eu.intercluster.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheduler's numbers in an explanation become the participants' names. */
class ExplanationNamesTest {

  private static final Problem PROBLEM = new Problem("t", 4, 2, 2,
      List.of(Participant.of(1), Participant.of(2), Participant.of(3)),
      List.of(Meeting.of(1, 1, 2, Session.ANY), Meeting.of(2, 3, 1, Session.MORNING)), List.of());

  private static String name(int p) {
    return List.of("Anna Rossi (Cineca)", "Marc Puig (ACCIÓ)", "Jan Nowak").get(p - 1);
  }

  @Test
  void participantsAndMeetingsAreNamed() {
    String text = "participant 3 has at most 0 breaks (its only meeting is 2), but participant 1 needs at least 3;"
        + " meeting 1 (participants 1 and 2) is fixed in slot 3, outside its morning session; participant 1's"
        + " meetings are crowded";
    assertThat(ExplanationNames.rewrite(text, PROBLEM, ExplanationNamesTest::name)).isEqualTo(
        "Jan Nowak has at most 0 breaks (its only meeting is Jan Nowak – Anna Rossi (Cineca)), but Anna Rossi"
            + " (Cineca) needs at least 3; the meeting Anna Rossi (Cineca) – Marc Puig (ACCIÓ) (Anna Rossi (Cineca)"
            + " and Marc Puig (ACCIÓ)) is fixed in slot 3, outside its morning session; Anna Rossi (Cineca)'s"
            + " meetings are crowded");
  }

  @Test
  void numbersOutsideTheProblemAndOtherTextStayAsTheyAre() {
    String text = "participant 9 and meeting 7 are unknown; 11 meetings but only 10 allowed slots";
    assertThat(ExplanationNames.rewrite(text, PROBLEM, ExplanationNamesTest::name)).isEqualTo(text);
  }
}
