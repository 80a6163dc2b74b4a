package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mission or fair over several days takes the run of days, a conference held during it its own day. */
class DayRunsTest {
  private static final String TEXT = "Ancona, 2 febbraio 2026 – Si è chiusa la missione economica in Giappone, che "
      + "dal 26 al 30 gennaio 2026 ha portato a Tokyo dodici imprese marchigiane. Il 28 gennaio la missione ha "
      + "partecipato al convegno Marche Food Forum, organizzato dalla Camera di commercio italiana.";

  @Test
  void aMissionTakesTheRunOfDaysThatHoldsTheDayNamedNearIt() {
    Entity mission = entity(run(TEXT), EntityType.EVENT, "missione economica");
    assertThat(mission.attributes().get("date")).isEqualTo(new DateValue("dal 26 al 30 gennaio 2026",
        "2026-01-26/2026-01-30"));
  }

  @Test
  void aConferenceHeldDuringTheMissionKeepsItsOwnDay() {
    Entity forum = entity(run(TEXT), EntityType.EVENT, "Marche Food Forum");
    assertThat(((DateValue) forum.attributes().get("date")).text()).isEqualTo("Il 28 gennaio");
  }

  @Test
  void aMissionNearADayToldByTheDatelineTakesTheRunItReports() {
    Entity mission = entity(run(reported("dal 6 al 12 ottobre 2026")), EntityType.EVENT, "missione economica");
    assertThat(mission.attributes().get("date")).isEqualTo(new DateValue("Dal 6 al 12 ottobre 2026",
        "2026-10-06/2026-10-12"));
  }

  @Test
  void aDayToldByTheDatelineMoreThanAWeekAfterTheRunStaysItself() {
    Entity mission = entity(run(reported("dal 6 al 12 settembre 2026")), EntityType.EVENT, "missione economica");
    assertThat(mission.attributes().get("date")).isEqualTo(new DateValue("Ieri", "2026-10-13"));
  }

  private static String reported(String run) {
    return "Verona, 14 ottobre 2026 – Ieri la missione economica in Sudafrica è stata presentata alla Camera di "
        + "commercio di Verona. " + Character.toUpperCase(run.charAt(0)) + run.substring(1) + " venti imprese "
        + "veronesi hanno incontrato a Johannesburg i buyer locali.";
  }
}
