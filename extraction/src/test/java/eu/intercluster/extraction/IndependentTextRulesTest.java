package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fourth round's general fixes, each on a sentence written for the test. */
class IndependentTextRulesTest {
  @Test
  void aCompanyWithItsLegalFormEndsBeforeItsCity() {
    ExtractedDocument doc = run("Hanno aderito la Fonderie Rossi S.r.l. di Brescia e la Alpentech GmbH di Innsbruck.");
    Entity rossi = entity(doc, EntityType.ORG, "Fonderie Rossi S.r.l.");
    Entity alpen = entity(doc, EntityType.ORG, "Alpentech GmbH");
    assertThat(has(doc, "LOCATED_IN", rossi, entity(doc, EntityType.PLACE, "Brescia"))).isTrue();
    assertThat(has(doc, "LOCATED_IN", alpen, entity(doc, EntityType.PLACE, "Innsbruck"))).isTrue();
  }

  @Test
  void anInstitutionNamedAfterItsCityKeepsIt() {
    ExtractedDocument doc = run("Il progetto è coordinato dall’Università di Brescia.");
    entity(doc, EntityType.ORG, "Università di Brescia");
  }

  @Test
  void capitalisedCommonNounsAreNotOrganisations() {
    ExtractedDocument doc = run("Paesi come la Germania e la Francia partecipano. We expect more partners next year.");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("Paesi") || e.text().equals("We"));
  }

  @Test
  void sectorVocabularyInFourLanguages() {
    ExtractedDocument doc = run("Il cluster lavora su videogiochi e medicina di precisione. The hub covers photonics and "
        + "computer vision. Le pôle travaille sur l’efficacité énergétique. La feria trata de riego de precisión.");
    assertThat(entity(doc, EntityType.THEME, "videogiochi").attribute("norm")).isEqualTo("CULTURE");
    assertThat(entity(doc, EntityType.THEME, "medicina di precisione").attribute("norm")).isEqualTo("HEALTH");
    assertThat(entity(doc, EntityType.THEME, "photonics").attribute("norm")).isEqualTo("ICT");
    assertThat(entity(doc, EntityType.THEME, "computer vision").attribute("norm")).isEqualTo("AI");
    assertThat(entity(doc, EntityType.THEME, "efficacité énergétique").attribute("norm")).isEqualTo("ENERGY");
    assertThat(entity(doc, EntityType.THEME, "riego de precisión").attribute("norm")).isEqualTo("AGRIFOOD");
  }

  @Test
  void regionalFundProgrammesWithRegionAndPeriod() {
    ExtractedDocument doc = run("Il bando usa il PR Marche FESR-FSE+ 2021-2027 e il Pr Fesr Umbria 2021-2027. "
        + "L’action est financée par le FEDER Pays de la Loire 2021-2027. "
        + "La ayuda procede del Programa FEDER de la Región de Murcia 2021-2027.");
    entity(doc, EntityType.PROGRAMME, "PR Marche FESR-FSE+ 2021-2027");
    entity(doc, EntityType.PROGRAMME, "Pr Fesr Umbria 2021-2027");
    entity(doc, EntityType.PROGRAMME, "FEDER Pays de la Loire 2021-2027");
    entity(doc, EntityType.PROGRAMME, "Programa FEDER de la Región de Murcia 2021-2027");
  }

  @Test
  void fundedWithAnAmountByAProgramme() {
    ExtractedDocument doc = run("The project SeaLink was funded with 3 million euros by Horizon Europe.");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.PROGRAMME, "SeaLink"),
        entity(doc, EntityType.PROGRAMME, "Horizon Europe"))).isTrue();
  }

  @Test
  void anOrganisationOpeningTheSentenceIsWhatTheProgrammeFunds() {
    ExtractedDocument doc = run("The Adriatic Maritime Network is co-financed by the Interreg Europe programme.");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.ORG, "Adriatic Maritime Network"),
        entity(doc, EntityType.PROGRAMME, "Interreg Europe"))).isTrue();
  }

  @Test
  void aNameAfterAPartOfATerritoryIsAPlace() {
    ExtractedDocument doc = run("The plant will rise in the industrial zone of Norvik. I laboratori apriranno nei quartieri "
        + "di Valmora.");
    entity(doc, EntityType.PLACE, "Norvik");
    entity(doc, EntityType.PLACE, "Valmora");
  }

  @Test
  void aCityBasedOrganisationIsLocatedInTheCity() {
    ExtractedDocument doc = run("The Aberdeen-based Offshore Robotics Centre joined. Kelda Oy, a Turku-based company, "
        + "signed too.");
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Offshore Robotics Centre"),
        entity(doc, EntityType.PLACE, "Aberdeen"))).isTrue();
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Kelda Oy"),
        entity(doc, EntityType.PLACE, "Turku"))).isTrue();
  }

  @Test
  void listedMembersArePartOfTheBody() {
    ExtractedDocument doc = run("La rete Adriatic Blue Network è cresciuta: ne fanno parte Confindustria Ancona, Porto Tech "
        + "e la Fondazione Mare.");
    Entity network = entity(doc, EntityType.ORG, "Adriatic Blue Network");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Confindustria Ancona"), network)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Fondazione Mare"), network)).isTrue();
  }

  @Test
  void aLowerCaseVenueNounBelongsToThePlaceName() {
    ExtractedDocument doc = run("La cena si è tenuta all’hotel Miramare, in via Garibaldi. The office is in the Kamppi "
        + "district, in the Berlaymont building.");
    assertThat(entity(doc, EntityType.PLACE, "hotel Miramare").attribute("kind")).isEqualTo("venue");
    assertThat(entity(doc, EntityType.PLACE, "via Garibaldi").attribute("kind")).isEqualTo("address");
    entity(doc, EntityType.PLACE, "Kamppi district");
    entity(doc, EntityType.PLACE, "Berlaymont building");
  }

  @Test
  void unitsAndCurrenciesAreNotOrganisations() {
    ExtractedDocument doc = run("The 40 MW plant cost 12 million CHF, about 3% of the regional GDP.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.ORG);
  }

  @Test
  void aBilateralMeetingAndRoundTablesAreEventsOfTheirOwn() {
    ExtractedDocument doc = run("Il 5 maggio 2025 si è aperta la Fiera Verde di Bari. Durante la fiera la delegazione "
        + "ha tenuto un incontro bilaterale con la Regione Puglia e ha partecipato a due tavole rotonde.");
    Entity fair = entity(doc, EntityType.EVENT, "Fiera Verde di Bari");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.EVENT, "incontro bilaterale"), fair)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.EVENT, "tavole rotonde"), fair)).isTrue();
  }

  @Test
  void anInstitutionListingItsFieldsIsOneName() {
    ExtractedDocument doc = run("The Faculty of Mining, Geology and Petroleum Engineering signed with the Ministry of "
        + "Tourism, Sport and Culture of the Hellenic Republic. The Institute of Physics, ENEA and Cineca also signed.");
    entity(doc, EntityType.ORG, "Faculty of Mining, Geology and Petroleum Engineering");
    entity(doc, EntityType.ORG, "Ministry of Tourism, Sport and Culture of the Hellenic Republic");
    entity(doc, EntityType.ORG, "ENEA");
    entity(doc, EntityType.ORG, "Cineca");
  }

  @Test
  void climateHazardsAndMobilityVocabulary() {
    ExtractedDocument doc = run("The pilot studies floods and coastal erosion. Il consorzio lavora sulla guida autonoma. "
        + "Le projet porte sur l’horlogerie, not on the fifth edition of the fair.");
    assertThat(entity(doc, EntityType.THEME, "floods").attribute("norm")).isEqualTo("CLIMATE");
    assertThat(entity(doc, EntityType.THEME, "coastal erosion").attribute("norm")).isEqualTo("CLIMATE");
    assertThat(entity(doc, EntityType.THEME, "guida autonoma").attribute("norm")).isEqualTo("AUTOMOTIVE");
    assertThat(entity(doc, EntityType.THEME, "horlogerie").attribute("norm")).isEqualTo("MECHANICS");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("edition"));
  }

  @Test
  void aCityDescribingAnOrganisationLocatesIt() {
    ExtractedDocument doc = run("The deal links the Stockholm firm Nordvik AB and Kelda Foods Ltd, a Nairobi dairy processor. "
        + "La société Brevatech SAS, de Loudéac, a signé. The partners are the Fondazione Mare Nostrum (FMN) in Trento "
        + "and the Bergen start-up Fjordlab.");
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Nordvik AB"), entity(doc, EntityType.PLACE, "Stockholm")))
        .isTrue();
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Kelda Foods Ltd"),
        entity(doc, EntityType.PLACE, "Nairobi"))).isTrue();
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Brevatech SAS"),
        entity(doc, EntityType.PLACE, "Loudéac"))).isTrue();
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Fondazione Mare Nostrum"),
        entity(doc, EntityType.PLACE, "Trento"))).isTrue();
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Fjordlab"), entity(doc, EntityType.PLACE, "Bergen")))
        .isTrue();
  }

  @Test
  void aCityFollowedByItsCountry() {
    ExtractedDocument doc = run("The company opened an office in Tampere, Finland, last year.");
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.PLACE, "Tampere"), entity(doc, EntityType.PLACE, "Finland")))
        .isTrue();
  }
}
