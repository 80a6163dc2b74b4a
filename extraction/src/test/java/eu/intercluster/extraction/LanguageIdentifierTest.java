package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  @Test
  void identifiesTheFourLanguages() {
    assertThat(LanguageIdentifier.identify("La giunta regionale ha approvato il nuovo piano per le imprese del territorio."))
        .isEqualTo("it");
    assertThat(LanguageIdentifier.identify("The regional government approved the new plan for local companies."))
        .isEqualTo("en");
    assertThat(LanguageIdentifier.identify("Le gouvernement régional a approuvé le nouveau plan pour les entreprises."))
        .isEqualTo("fr");
    assertThat(LanguageIdentifier.identify("El gobierno regional aprobó el nuevo plan para las empresas del territorio."))
        .isEqualTo("es");
  }

  @Test
  void noLettersIsUndetermined() {
    assertThat(LanguageIdentifier.identify("2024 - 12 / 33")).isEqualTo("und");
  }
}
