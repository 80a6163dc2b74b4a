package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fifth round's general fixes, on written sentences: lists that name themes or places, a company's home town,
 * legal forms, coordinated organisation names, institutional forms, person names (titles, appositions, given
 * names), English adjectives before a theme, project names.
 */
class ListedNamesTest {
  @Test
  void theOtherItemsOfAThemeListAreThemes() {
    ExtractedDocument doc = run("The accord covers aquaculture, offshore wind and underwater acoustic sensing.");
    assertThat(entity(doc, EntityType.THEME, "underwater acoustic sensing").attribute("norm")).isEqualTo("OTHER");
    entity(doc, EntityType.THEME, "aquaculture");
  }

  @Test
  void anItemBeforeTheKnownThemeCountsToo() {
    ExtractedDocument doc = run("Il polo lavora su cantieristica navale, sensoristica subacquea e logistica portuale.");
    entity(doc, EntityType.THEME, "sensoristica subacquea");
  }

  @Test
  void verbsAdjectivesAndParticipantsStayOut() {
    // a two-item list joined by a conjunction is a theme pair (ThemePairsTest)
    ExtractedDocument verbs = run("L'obiettivo è guidare, rafforzare e la robotica, inclusivo e sostenibile.");
    assertThat(verbs.entities()).noneMatch(e -> e.text().equals("guidare") || e.text().equals("rafforzare")
        || e.text().equals("inclusivo"));
    ExtractedDocument actors = run("Partecipano imprese, università e centri di robotica.");
    assertThat(actors.entities()).noneMatch(e -> e.type() == EntityType.THEME && e.text().equals("imprese"));
  }

  @Test
  void aListItemEndingBeforeAVerbIsNoTheme() {
    ExtractedDocument doc = run("They discussed robotics, drones and partners will meet again.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.THEME && e.text().startsWith("partners"));
  }

  @Test
  void anUnknownNameListedWithKnownCitiesIsAPlace() {
    ExtractedDocument doc = run("The delegation will stop in Rabat, Kenitra and Tangier next week.");
    assertThat(entity(doc, EntityType.PLACE, "Kenitra").attribute("kind")).isEqualTo("city");
  }

  @Test
  void aNameAfterAPlaceThatOpensNoListStaysAnOrganisation() {
    ExtractedDocument doc = run("The board met in Turin; Brennwerk and Oltrefor signed the supply deal.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.PLACE && e.text().equals("Oltrefor"));
  }

  @Test
  void aCompanyFromATownLocatesTheTown() {
    ExtractedDocument doc = run("Among them were Brenner Robotik GmbH from Zwettlingen and a family business from "
        + "Oberkirchberg.");
    entity(doc, EntityType.PLACE, "Zwettlingen");
    entity(doc, EntityType.PLACE, "Oberkirchberg");
    entity(doc, EntityType.ORG, "Brenner Robotik GmbH");
  }

  @Test
  void aLegalFormThenDiAndAnUnknownTownEndsTheCompany() {
    ExtractedDocument doc = run("Hanno firmato Lanificio Ferretti S.r.l. di Montebrusco e Atlantic Seaweed Ltd of "
        + "Ballyconnor.");
    Entity lanificio = entity(doc, EntityType.ORG, "Lanificio Ferretti S.r.l.");
    assertThat(has(doc, "LOCATED_IN", lanificio, entity(doc, EntityType.PLACE, "Montebrusco"))).isTrue();
    entity(doc, EntityType.ORG, "Atlantic Seaweed Ltd");
    entity(doc, EntityType.PLACE, "Ballyconnor");
  }

  @Test
  void aLegalFormAfterTheNameBelongsToIt() {
    ExtractedDocument doc = run("Partners include Vodnik d.o.o., Halden Bau e.V., Hengwei Textile Co., Ltd. and "
        + "Polimet Sp. z o.o. with Brightwave Robotics Inc. from Leeds. The order went to Midland Pumps Ltd.");
    entity(doc, EntityType.ORG, "Vodnik d.o.o.");
    entity(doc, EntityType.ORG, "Halden Bau e.V.");
    entity(doc, EntityType.ORG, "Hengwei Textile Co., Ltd.");
    entity(doc, EntityType.ORG, "Polimet Sp. z o.o.");
    entity(doc, EntityType.ORG, "Brightwave Robotics Inc.");
    entity(doc, EntityType.ORG, "Midland Pumps Ltd");
  }

  @Test
  void twoNamesJoinedByAndBeforeAnOrganisationHeadAreOne() {
    ExtractedDocument doc = run("The Investment and Development Agency of Latvia met the Donegal Education and Training "
        + "Board, Innovation Norway and Norwegian Energy Partners.");
    entity(doc, EntityType.ORG, "Investment and Development Agency of Latvia");
    entity(doc, EntityType.ORG, "Donegal Education and Training Board");
    entity(doc, EntityType.ORG, "Innovation Norway");
  }

  @Test
  void institutionalFormsWithALowerCaseAdjectiveAndEuropeanBodies() {
    ExtractedDocument doc = run("La Giunta regionale e il Segretariato congiunto incontrano EIT Food ed EIT Health.");
    entity(doc, EntityType.ORG, "Giunta regionale");
    entity(doc, EntityType.ORG, "Segretariato congiunto");
    entity(doc, EntityType.ORG, "EIT Food");
    entity(doc, EntityType.ORG, "EIT Health");
  }

  @Test
  void aTitleBeforeANameMakesItAPerson() {
    ExtractedDocument doc = run("The start-up was founded by Dr Wiebke Harlinghausen and Prof. Oskar Lindqvist-Berg.");
    entity(doc, EntityType.PERSON, "Wiebke Harlinghausen");
    entity(doc, EntityType.PERSON, "Oskar Lindqvist-Berg");
  }

  @Test
  void aRoleOfAnOrganisationThenACommaIntroducesTheName() {
    ExtractedDocument doc = run("The director of the Port of Calderwick Authority, Wubbo Terpstra, opened the terminal.");
    Entity person = entity(doc, EntityType.PERSON, "Wubbo Terpstra");
    assertThat(person.attribute("role")).isEqualTo("director of the Port of Calderwick Authority");
  }

  @Test
  void commonGivenNamesOfManyLanguagesStartPersonNames() {
    ExtractedDocument doc = run("Hanno parlato Gennaro Esposito, Sinéad Ní Bhriain, Jeroen Bakker e Béla Kovács.");
    entity(doc, EntityType.PERSON, "Gennaro Esposito");
    entity(doc, EntityType.PERSON, "Sinéad Ní Bhriain");
    entity(doc, EntityType.PERSON, "Jeroen Bakker");
    entity(doc, EntityType.PERSON, "Béla Kovács");
  }

  @Test
  void englishAdjectivesBeforeAThemeBelongToIt() {
    ExtractedDocument doc = run("The consortium works on floating offshore wind and advanced packaging, not on national "
        + "tourism.");
    entity(doc, EntityType.THEME, "floating offshore wind");
    entity(doc, EntityType.THEME, "advanced packaging");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("national tourism"));
  }

  @Test
  void aQuotedNameDoesNotJoinACueWordOfThePreviousSentence() {
    ExtractedDocument doc = run("Province opens a data lab for local government\n\nThe \"Kempen Data Werkplaats\" will open in "
        + "May together with the Kempen Network and the Municipality of Veldhoven.");
    assertThat(doc.entities()).noneMatch(e -> e.text().contains("\n"));
  }

  @Test
  void projectNamesAfterAScopeAdjectiveBeforeAProgrammeNounOrAfterLife() {
    ExtractedDocument doc = run("Il cluster partecipa al progetto europeo VINOTWIN. The BLUEROUTE initiative and LIFE "
        + "AlpWaterSave started in March.");
    entity(doc, EntityType.PROGRAMME, "VINOTWIN");
    entity(doc, EntityType.PROGRAMME, "BLUEROUTE");
    entity(doc, EntityType.PROGRAMME, "LIFE AlpWaterSave");
  }

  @Test
  void anAbbreviatedLegalFormDoesNotEndTheSentence() {
    ExtractedDocument doc = run("The suppliers are Narmada Drives Pvt. Ltd. and Kaori Seiki Co., Ltd. from Osaka.");
    entity(doc, EntityType.ORG, "Narmada Drives Pvt. Ltd.");
    entity(doc, EntityType.ORG, "Kaori Seiki Co., Ltd.");
  }
}
