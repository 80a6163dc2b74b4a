package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The eighth round's vocabulary, on written sentences: sector and key-technology classes of the theme vocabulary in
 * the four languages, lower-case event phrases (ceremonies, press conferences of three words, study tours,
 * summer schools, information sessions) and Romance event names that go on in lower case after their head word.
 */
class SectorAndEventWordsTest {
  @Test
  void sectorAndKeyTechnologyClassesAreThemes() {
    ExtractedDocument it = run("Il distretto di Sassuolo punta sulla ceramica e sui materiali avanzati.");
    assertThat(entity(it, EntityType.THEME, "ceramica").attribute("norm")).isEqualTo("MANUFACTURING");
    entity(it, EntityType.THEME, "materiali avanzati");
    ExtractedDocument en = run("The Toulouse meeting focused on aviation, 6G networks and the silver economy.");
    assertThat(entity(en, EntityType.THEME, "aviation").attribute("norm")).isEqualTo("AEROSPACE");
    assertThat(entity(en, EntityType.THEME, "silver economy").attribute("norm")).isEqualTo("HEALTH");
    ExtractedDocument fr = run("Le salon de Lyon réunit les entreprises de la cosmétique et de l’assurance.");
    assertThat(entity(fr, EntityType.THEME, "cosmétique").attribute("norm")).isEqualTo("OTHER");
  }

  @Test
  void aRibbonCuttingAndAThreeWordPressConferenceAreEvents() {
    ExtractedDocument it = run("Dopo il taglio del nastro, il sindaco di Parma ha visitato gli stand.");
    assertThat(entity(it, EntityType.EVENT, "taglio del nastro").attribute("kind")).isEqualTo("ceremony");
    ExtractedDocument es = run("En la rueda de prensa, la consejera de Murcia presentó el programa.");
    assertThat(entity(es, EntityType.EVENT, "rueda de prensa").attribute("kind")).isEqualTo("press conference");
  }

  @Test
  void studyToursSummerSchoolsAndInformationSessionsAreEvents() {
    ExtractedDocument en = run("The cluster of Porto organised a study tour and an online information session.");
    entity(en, EntityType.EVENT, "study tour");
    entity(en, EntityType.EVENT, "online information session");
    ExtractedDocument fr = run("L’université de Nantes accueille une école d’été sur la robotique.");
    entity(fr, EntityType.EVENT, "école d’été");
    ExtractedDocument es = run("La feria de Zaragoza incluye reuniones de negocio con compradores de Chile.");
    assertThat(entity(es, EntityType.EVENT, "reuniones de negocio").attribute("kind")).isEqualTo("b2b");
    entity(run("The Huesca plant of Lumora holds an open day on 3 March."), EntityType.EVENT, "open day");
  }

  @Test
  void aRomanceEventNameGoesOnInLowerCaseAfterItsHead() {
    ExtractedDocument it = run("La Settimana europea delle foreste e dei parchi si apre oggi a Trento.");
    entity(it, EntityType.EVENT, "Settimana europea delle foreste e dei parchi");
    ExtractedDocument fr = run("Les Assises du bois durable de Savoie ont réuni 300 participants à Chambéry.");
    entity(fr, EntityType.EVENT, "Assises du bois durable de Savoie");
    assertThat(fr.entities()).noneMatch(e -> e.type() == EntityType.ORG && e.text().startsWith("Assises"));
  }
}
