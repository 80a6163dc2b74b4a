package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The acronym a role names as the organisation is kept by the shipped extractor even where the trained entity filter
 * would drop it at the end of a sentence: the person's role is the evidence.
 */
class PersonOrganisationsKeptTest {
  private static final Extractor EXTRACTOR = Extractor.builder().build();

  @Test
  void theOrganisationOfAPersonsRoleIsKept() {
    ExtractedDocument doc = EXTRACTOR.extract("x", "x.txt", "Valencia, 3 de mayo de 2026 – Lo confirmó Irene Salcedo, "
        + "directora de Proyectos Europeos del CETRA.");
    Entity org = doc.entities().stream()
        .filter(e -> e.type() == EntityType.ORG && e.text().equals("CETRA")).findFirst().orElseThrow();
    Entity person = doc.entities().stream()
        .filter(e -> e.type() == EntityType.PERSON && e.text().equals("Irene Salcedo")).findFirst().orElseThrow();
    assertThat(person.attribute("org")).isEqualTo(org.id());
  }
}
