package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A town that places an organisation is not the place of the sentence's event. */
class OrganisationTownsTest {
  private static boolean eventIn(ExtractedDocument doc, String event, String town) {
    return has(doc, "LOCATED_IN", entity(doc, EntityType.EVENT, event), entity(doc, EntityType.PLACE, town));
  }

  @Test
  void aTownAfterBasedInPlacesTheOrganisationNotTheMission() {
    ExtractedDocument doc = run("The trade mission was organised by the Northern Textile Cluster, based in Tampere, "
        + "with twelve companies.");
    assertThat(eventIn(doc, "trade mission", "Tampere")).isFalse();
  }

  @Test
  void aTownAfterConSedeEnPlacesTheOrganisation() {
    ExtractedDocument doc = run("Durante la misión comercial participó el Instituto Tecnológico del Mueble, con sede en "
        + "Yecla, con cinco empresas.");
    assertThat(eventIn(doc, "misión", "Yecla")).isFalse();
  }

  @Test
  void anEnglishArticleBeforeATownIsNoLocative() {
    ExtractedDocument doc = run("The trade mission included Harbour Sensors, a Cork manufacturer of marine probes.");
    assertThat(eventIn(doc, "trade mission", "Cork")).isFalse();
  }

  @Test
  void aTownRightAfterAnOrganisationIsNotTheEventsPlace() {
    ExtractedDocument doc = run("Durante la missione la delegazione ha visitato lo stabilimento di Ferretti Group a "
        + "Cattolica.");
    assertThat(eventIn(doc, "missione", "Cattolica")).isFalse();
  }

  @Test
  void theMissionOfAnOrganisationInACountryIsThere() {
    ExtractedDocument doc = run("Si è conclusa ieri la missione istituzionale della Regione Marche in Brasile.");
    assertThat(eventIn(doc, "missione istituzionale", "Brasile")).isTrue();
  }
}
