package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One capitalised word after "and" ends a name; a name of its own does not (session 16). */
class CoordinatedNameTailsTest {
  @Test
  void aCommonWordAfterAndEndsTheName() {
    ExtractedDocument doc = run("The pilot is co-funded by Banca Risparmi e Prestiti and tested by Delft Museums & Archives.");
    entity(doc, EntityType.ORG, "Banca Risparmi e Prestiti");
    entity(doc, EntityType.ORG, "Delft Museums & Archives");
  }

  @Test
  void aNameOfItsOwnAfterAndIsAnotherOrganisation() {
    ExtractedDocument doc = run("Il protocollo è firmato da Regione Calabria e Unirc. Per Unirc ha firmato il rettore.");
    assertThat(doc.entities()).noneSatisfy(e -> assertThat(e.text()).contains(" e "));
    ExtractedDocument twice = run("Talks between Kestrel Robotics and Vardex went well. Vardex will open an office.");
    assertThat(twice.entities()).noneSatisfy(e -> assertThat(e.text()).contains(" and "));
  }
}
