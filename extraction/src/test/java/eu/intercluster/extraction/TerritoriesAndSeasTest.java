package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 11: seas and first-level regions in the gazetteer, territories that act (ORG government) or are only
 * named (PLACE), and gazetteer names that are also common words.
 */
class TerritoriesAndSeasTest {
  @Test
  void seasAndRegionsAreKnownPlaces() {
    ExtractedDocument doc = run("The wind farms of the North Sea and the ports of Lower Saxony and Castilla y León "
        + "supply Central Europe.");
    entity(doc, EntityType.PLACE, "North Sea");
    entity(doc, EntityType.PLACE, "Lower Saxony");
    entity(doc, EntityType.PLACE, "Castilla y León");
    entity(doc, EntityType.PLACE, "Central Europe");
  }

  @Test
  void scotlandIsARegionOfItsOwnNotAnotherNameOfTheUnitedKingdom() {
    ExtractedDocument doc = run("The firm exports from Scotland to the rest of the United Kingdom.");
    assertThat(entity(doc, EntityType.PLACE, "Scotland").attribute("kind")).isEqualTo("region");
    entity(doc, EntityType.PLACE, "United Kingdom");
  }

  @Test
  void aTerritoryThatFundsOrLaunchesIsAGovernment() {
    ExtractedDocument doc = run("Nel bando di quest'anno la Baviera finanzia dodici progetti sui materiali.");
    assertThat(entity(doc, EntityType.ORG, "Baviera").attribute("kind")).isEqualTo("government");
    ExtractedDocument es = run("La Comunidad de Madrid convoca ayudas para empresas de biotecnología.");
    entity(es, EntityType.ORG, "Comunidad de Madrid");
  }

  @Test
  void aFairsPartnerCountryIsAGovernment() {
    ExtractedDocument doc = run("At next year's show, Portugal will be partner country with a large pavilion.");
    entity(doc, EntityType.ORG, "Portugal");
  }

  @Test
  void aTerritoryAfterAPrepositionOrBeforeAnAgentStaysAPlace() {
    ExtractedDocument doc = run("Twelve firms from Bavaria launched a joint brand at the fair.");
    entity(doc, EntityType.PLACE, "Bavaria");
    ExtractedDocument mission = run("The cluster returned from a mission to Japan organised by the chamber.");
    entity(mission, EntityType.PLACE, "Japan");
  }

  @Test
  void anArticleBeforeAPlaceNameDoesNotMakeACommonNounAPlace() {
    ExtractedDocument doc = run("La riunione si è svolta a Pavia con le imprese del distretto.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.PLACE && e.text().equalsIgnoreCase("La riunione"));
    entity(doc, EntityType.PLACE, "Pavia");
  }

  @Test
  void aSentenceInitialPlaceNameTheTextAlsoWritesInLowerCaseIsACommonWord() {
    ExtractedDocument doc = run("Reunión de trabajo en Sevilla. La reunión reunió a veinte empresas del sector.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.PLACE && e.text().equals("Reunión"));
    entity(doc, EntityType.PLACE, "Sevilla");
  }

  @Test
  void aSeaWrittenWithALowerCaseNounIsAPlace() {
    ExtractedDocument doc = run("Los buques recorren el mar del Norte y el golfo Pérsico cada semana.");
    entity(doc, EntityType.PLACE, "mar del Norte");
    entity(doc, EntityType.PLACE, "golfo Pérsico");
  }

  @Test
  void aValleyOrGulfWithItsNameIsOnePlace() {
    ExtractedDocument doc = run("Le aziende della Val di Fassona esportano verso il golfo di Cortena.");
    entity(doc, EntityType.PLACE, "Val di Fassona");
    entity(doc, EntityType.PLACE, "golfo di Cortena");
  }

  @Test
  void valBeforeASurnameWithoutArticleIsNoValley() {
    ExtractedDocument doc = run("Val Korbin presented the new film in Rome.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.PLACE && e.text().startsWith("Val"));
  }

  @Test
  void aCompassWordAndAKnownPlaceAreOneRegion() {
    ExtractedDocument doc = run("The plant will supply customers in southern Germany and the north of England.");
    entity(doc, EntityType.PLACE, "southern Germany");
    entity(doc, EntityType.PLACE, "north of England");
    ExtractedDocument uni = run("She teaches at the University of Southern Denmark in Odense.");
    assertThat(uni.entities()).noneMatch(e -> e.type() == EntityType.PLACE && e.text().contains("Denmark"));
  }
}
