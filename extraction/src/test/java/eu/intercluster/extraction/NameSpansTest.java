package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 7's name-span fixes, on written sentences: where a body's name goes on and where a second one starts. */
class NameSpansTest {
  @Test
  void aBodysPurposeAfterPerParaPourIsPartOfItsName() {
    entity(run("Il bando è gestito dall'Agenzia per la Mobilità Sostenibile di Voreno."), EntityType.ORG,
        "Agenzia per la Mobilità Sostenibile di Voreno");
    entity(run("El informe lo firma el Instituto para la Promoción Forestal en Ourense."), EntityType.ORG,
        "Instituto para la Promoción Forestal");
    entity(run("Le Centre pour la Robotique Marine a présenté ses drones à Brest."), EntityType.ORG,
        "Centre pour la Robotique Marine");
  }

  @Test
  void aConjunctionWithAConnectorContinuesTheName() {
    entity(run("Hanno aderito il Ministero della Pesca e delle Risorse Lagunari e la Regione Umbria."),
        EntityType.ORG, "Ministero della Pesca e delle Risorse Lagunari");
    entity(run("Participa el Consejo Regional de Tarvia y de la Costa Austral."), EntityType.ORG,
        "Consejo Regional de Tarvia y de la Costa Austral");
    entity(run("Le ministère finance l'Institut de la Forêt et des Sols Alpins depuis mars."), EntityType.ORG,
        "Institut de la Forêt et des Sols Alpins");
  }

  @Test
  void aConjunctionWithAnArticleContinuesOnlyAParallelName() {
    entity(run("Colabora la Agencia de la Energía y las Aguas Termales de Lurena."), EntityType.ORG,
        "Agencia de la Energía y las Aguas Termales de Lurena");
    ExtractedDocument two = run("Firmaron la Diputación de Velasco y la Comarca Norte del Tarvo.");
    entity(two, EntityType.ORG, "Diputación de Velasco");
    assertThat(two.entities()).noneMatch(e -> e.text().contains(" y la "));
  }

  @Test
  void aConjunctionBeforeANewBodyEndsTheName() {
    ExtractedDocument it = run("Il progetto unisce l'Università di Lorvena e Politecnico di Darsena.");
    entity(it, EntityType.ORG, "Università di Lorvena");
    entity(it, EntityType.ORG, "Politecnico di Darsena");
    ExtractedDocument en = run("The University of Lorvena and Kelso University signed a memorandum.");
    entity(en, EntityType.ORG, "University of Lorvena");
    entity(en, EntityType.ORG, "Kelso University");
    entity(run("The Institute of Polymer Science and Technology opened a lab."), EntityType.ORG,
        "Institute of Polymer Science and Technology");
  }

  @Test
  void aDepartmentAndItsUniversityAreTwoBodies() {
    ExtractedDocument it = run("Lo studio è del Dipartimento di Chimica Verde dell'Università di Lorvena.");
    entity(it, EntityType.ORG, "Dipartimento di Chimica Verde");
    entity(it, EntityType.ORG, "Università di Lorvena");
    assertThat(entity(it, EntityType.ORG, "Dipartimento di Chimica Verde").attribute("kind")).isEqualTo("university");
    ExtractedDocument ministry = run("Il piano è del Dipartimento per le Politiche del Mare.");
    assertThat(entity(ministry, EntityType.ORG, "Dipartimento per le Politiche del Mare").attribute("kind"))
        .isEqualTo("government");
    ExtractedDocument en = run("The Institute of Coastal Studies of the University of Marlow leads the work.");
    entity(en, EntityType.ORG, "Institute of Coastal Studies");
    entity(en, EntityType.ORG, "University of Marlow");
  }

  @Test
  void aChamberAbroadKeepsItsLocationAndACompanyItsDottedLegalForm() {
    entity(run("La Cámara Oficial Española de Comercio en Bulgaria organiza el encuentro."), EntityType.ORG,
        "Cámara Oficial Española de Comercio en Bulgaria");
    entity(run("La cooperativa Olivares del Turia S. Coop. exporta a Francia."), EntityType.ORG,
        "Olivares del Turia S. Coop.");
    entity(run("Ha firmato la Latteria Valbrenta Soc. Agr. Coop. di Bassano."), EntityType.ORG,
        "Latteria Valbrenta Soc. Agr. Coop.");
    entity(run("Orvane & C. S.p.A. ha firmato l'accordo."), EntityType.ORG, "Orvane & C. S.p.A.");
    entity(run("La cooperativa Olivar del Sur S.Coop.And. exporta a Francia."), EntityType.ORG,
        "Olivar del Sur S.Coop.And.");
  }

  @Test
  void aUniversityNamedAfterItsTownIsNotAnotherUniversityOfTheText() {
    ExtractedDocument doc = run("The consortium is led by the Varden University of Applied Sciences, with the "
        + "University of Groningen and two companies.");
    entity(doc, EntityType.ORG, "Varden University of Applied Sciences");
    entity(doc, EntityType.ORG, "University of Groningen");
    assertThat(doc.entities()).noneMatch(e -> e.mentions().contains("University of Groningen"));
  }

  @Test
  void aParkAfterALocativeIsAPlaceAndAnActingParkAnOrganisation() {
    entity(run("The new laboratory opened at the Kelso Science Park last week."), EntityType.PLACE, "Kelso Science Park");
    entity(run("La empresa se instala en el Parque Tecnológico de Valdoria."), EntityType.PLACE,
        "Parque Tecnológico de Valdoria");
    entity(run("Kelso Science Park signed an agreement with Brastow Holdings."), EntityType.ORG, "Kelso Science Park");
  }

  @Test
  void aNumberedHallOfAFairGroundIsAPlace() {
    entity(run("Lo stand della Regione è nel padiglione 7 della fiera di Verona."), EntityType.PLACE, "padiglione 7");
    entity(run("Visitors will find the regional stand in halls 4a and 4b."), EntityType.PLACE, "halls 4a and 4b");
  }

  @Test
  void aFederalMinistryKeepsFederalInItsName() {
    ExtractedDocument doc = run("The plant is funded by the Federal Ministry of Transport and Energy.");
    entity(doc, EntityType.ORG, "Federal Ministry of Transport and Energy");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("Federal"));
  }
}
