package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's surname inside a longer capitalised name ("Lanificio Sarti") does not stand for the person there. */
class SurnameTailsTest {
  @Test
  void aCompanyNamedAfterAFamilyIsNotThePerson() {
    ExtractedDocument it = run("Prato, 3 marzo 2026 – Il Lanificio Sarti ha firmato un accordo con la Regione Toscana. "
        + "Lo ha annunciato Marco Sarti, amministratore delegato del Lanificio Sarti.");
    assertThat(it.entities()).anyMatch(e -> e.type() == EntityType.ORG && e.text().equals("Lanificio Sarti"));
    assertThat(it.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
        .allSatisfy(p -> assertThat(p.occurrences()).allMatch(o -> !o.text().equals("Sarti")));
  }

  @Test
  void theSurnameAfterARoleIsStillThePerson() {
    ExtractedDocument it = run("Bologna, 3 marzo 2026 – Marco Sarti ha aperto il convegno. Il Presidente Sarti ha poi "
        + "ricordato i progetti della Regione.");
    assertThat(it.entities()).filteredOn(e -> e.type() == EntityType.PERSON && e.text().equals("Marco Sarti"))
        .singleElement().satisfies(p -> assertThat(p.occurrences()).hasSize(2));
  }
}
