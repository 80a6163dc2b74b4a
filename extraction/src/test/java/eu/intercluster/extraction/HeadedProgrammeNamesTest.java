package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Programmes named by a capitalised head word and its complement, and numbered programme clusters. */
class HeadedProgrammeNamesTest {

  @Test
  void aRomanceHeadGoesOnInLowerCaseUpToAnOwnerOrAParticiple() {
    ExtractedDocument doc = run("Le risorse arrivano dal Fondo per la transizione verde e la coesione, gestito dalla "
        + "Regione. L'azienda partecipa al Piano straordinario per le filiere corte di Unioncamere. "
        + "La ville a rejoint le Plan de relance de la Wallonie.");
    entity(doc, EntityType.PROGRAMME, "Fondo per la transizione verde e la coesione");
    entity(doc, EntityType.PROGRAMME, "Piano straordinario per le filiere corte");
    entity(doc, EntityType.PROGRAMME, "Plan de relance de la Wallonie");
  }

  @Test
  void anEnglishHeadTakesItsCapitalisedComplementEvenWithAnOrganisationWord() {
    ExtractedDocument doc = run("The ports cooperate with the EU Strategy for the Northern Lakes Region and apply to "
        + "the Support Scheme for Coastal Heat.");
    entity(doc, EntityType.PROGRAMME, "EU Strategy for the Northern Lakes Region");
    entity(doc, EntityType.PROGRAMME, "Support Scheme for Coastal Heat");
  }

  @Test
  void aBracketedKnownProgrammeIsTheSameProgramme() {
    ExtractedDocument doc = run("Il bando rientra nella Strategia di specializzazione intelligente (S3) della Regione.");
    Entity s3 = entity(doc, EntityType.PROGRAMME, "Strategia di specializzazione intelligente");
    assertThat(s3.mentions()).contains("S3");
  }

  @Test
  void aNumberedClusterWithItsTitleIsAProgrammeStrand() {
    ExtractedDocument doc = run("The project was funded under Horizon Europe's Cluster 4 \"Digital, Industry and "
        + "Space\" with EUR 6 million.");
    entity(doc, EntityType.PROGRAMME, "Cluster 4 \"Digital, Industry and Space\"");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.ORG && e.text().startsWith("Cluster"));
  }
}
