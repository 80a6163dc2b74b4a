package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 24: a Romance body's name goes on in lower case after its head word (HeadAdjectiveNames). */
class HeadAdjectiveNamesTest {
  private static boolean hasOrg(ExtractedDocument doc, String text) {
    return doc.entities().stream().anyMatch(e -> e.type() == EntityType.ORG && e.text().equals(text));
  }

  @Test
  void adjectivesAfterTheHeadWordBeforeThePlace() {
    ExtractedDocument fr = RulesOnly.run("Le projet réunit l'Université libre de Bruxelles et deux entreprises.");
    assertThat(hasOrg(fr, "Université libre de Bruxelles")).isTrue();
    ExtractedDocument it = RulesOnly.run("All'incontro ha partecipato anche l'Autorità portuale di Patrasso.");
    assertThat(hasOrg(it, "Autorità portuale di Patrasso")).isTrue();
  }

  @Test
  void aLowerCaseComplementAfterTheHeadWord() {
    ExtractedDocument fr = RulesOnly.run("La convention a été signée avec l'Agence de développement économique de "
        + "l'Aube.");
    assertThat(hasOrg(fr, "Agence de développement économique de l'Aube")).isTrue();
  }

  @Test
  void noVerbAndNoOtherBodyAfterTheAdjectives() {
    ExtractedDocument verb = RulesOnly.run("À Sherbrooke, l'Institut quantique est membre du Quantum Industry "
        + "Canada.");
    assertThat(hasOrg(verb, "Institut quantique est membre du Quantum Industry Canada")).isFalse();
    ExtractedDocument body = RulesOnly.run("Le rendez-vous est organisé par l'Agence de développement économique de "
        + "la Région Occitanie.");
    assertThat(hasOrg(body, "Région Occitanie")).isTrue();
  }
}
