package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RUN_BY between a programme, call or project and the body that launches, manages, coordinates or owns it. */
class ProgrammeOwnersTest {
  private static boolean runBy(ExtractedDocument doc, String programme, String org) {
    return has(doc, "RUN_BY", entity(doc, EntityType.PROGRAMME, programme), entity(doc, EntityType.ORG, org));
  }

  @Test
  void aBodyThatOpensACallRunsIt() {
    ExtractedDocument doc = run("The Norvale Development Agency has opened the call \"Blue Harbour Vouchers 2027\" "
        + "for small shipyards.");
    assertThat(runBy(doc, "Blue Harbour Vouchers 2027", "Norvale Development Agency")).isTrue();
  }

  @Test
  void theManagerRunsTheCallNotTheProgrammeThatFundsIt() {
    ExtractedDocument doc = run("The call \"Blue Harbour Vouchers 2027\" is financed by the Interreg Euro-MED "
        + "programme and managed by the Norvale Development Agency.");
    assertThat(runBy(doc, "Blue Harbour Vouchers 2027", "Norvale Development Agency")).isTrue();
    assertThat(runBy(doc, "Interreg Euro-MED", "Norvale Development Agency")).isFalse();
  }

  @Test
  void theCoordinatorRunsTheProject() {
    ExtractedDocument doc = run("Il progetto LUMINAR, finanziato da Horizon Europe e coordinato dall'Università di "
        + "Vellano, è partito ieri.");
    assertThat(runBy(doc, "LUMINAR", "Università di Vellano")).isTrue();
    assertThat(runBy(doc, "Horizon Europe", "Università di Vellano")).isFalse();
  }

  @Test
  void aBodysOwnProgrammeIsRunByIt() {
    ExtractedDocument doc = run("The mission was funded through the Carinthian Government's Export Bridge Programme.");
    assertThat(runBy(doc, "Export Bridge Programme", "Carinthian Government")).isTrue();
  }

  @Test
  void aFunderActingThroughItsProgrammeRunsIt() {
    ExtractedDocument doc = run("La missione è stata cofinanziata dalla Regione Liguria attraverso il programma "
        + "«Liguria nel Mondo 2027».");
    assertThat(runBy(doc, "Liguria nel Mondo 2027", "Regione Liguria")).isTrue();
  }

  @Test
  void aCallOfAFoundationIsRunByIt() {
    ExtractedDocument doc = run("Il bando «Idee Verdi 2027» della Fondazione Cassa di Risparmio di Vellano mette a "
        + "disposizione 2 milioni.");
    assertThat(runBy(doc, "Idee Verdi 2027", "Fondazione Cassa di Risparmio di Vellano")).isTrue();
  }

  @Test
  void theBodiesListedWithTheCoordinatorArePartners() {
    ExtractedDocument doc = run("Il progetto LUMINAR, coordinato dall'Università di Vellano con il Politecnico di Sorra "
        + "e la Fondazione Brenta, durerà tre anni.");
    Entity project = entity(doc, EntityType.PROGRAMME, "LUMINAR");
    assertThat(runBy(doc, "LUMINAR", "Università di Vellano")).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Politecnico di Sorra"), project)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Fondazione Brenta"), project)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Università di Vellano"), project)).isFalse();
  }
  @Test
  void partnersListedAfterACallAreNotPartOfTheCall() {
    ExtractedDocument doc = run("The second call of the Interreg Atlantic Area programme selected twelve projects. "
        + "Partners include the University of Valdria, Kestrel Labs S.r.l. and Norvik Marine AS.");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("PART_OF"));
  }
}
