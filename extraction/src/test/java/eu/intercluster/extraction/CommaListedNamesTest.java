package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body named after a list of fields keeps the whole list; lists of bodies or places stay apart. */
class CommaListedNamesTest {
  @Test
  void aBodyNamedAfterAListOfFieldsKeepsTheWholeList() {
    ExtractedDocument doc = run("Ha firmato l’Istituto Tecnologico della Ceramica, Vetro, Marmo e Affini di Sassuolo.");
    entity(doc, EntityType.ORG, "Istituto Tecnologico della Ceramica, Vetro, Marmo e Affini di Sassuolo");
    ExtractedDocument french = run("Le texte est signé par la Fédération des Forges, Fonderies et Ateliers du Jura.");
    entity(french, EntityType.ORG, "Fédération des Forges, Fonderies et Ateliers du Jura");
  }

  @Test
  void aListOfPlacesOrBodiesAfterANameIsNoField() {
    ExtractedDocument places = run("Officials came from the Port Authority of Genoa, Savona and Livorno.");
    assertThat(places.entities()).noneMatch(e -> e.text().contains("Savona and Livorno"));
    ExtractedDocument bodies = run("Signed by the Institute of Robotics, Politecnico di Torino and Bocconi.");
    assertThat(bodies.entities()).noneMatch(e -> e.text().contains("Politecnico") && e.text().contains("Robotics"));
  }

  @Test
  void aMinistersPortfolioListIsNoBody() {
    ExtractedDocument doc = run("It was attended by the Minister for Energy, Business and Industry of Sweden.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.ORG && e.text().contains("Business and Industry"));
  }

  @Test
  void theCommissionsDirectoratesGeneralAreKnownByTheirShortNames() {
    ExtractedDocument doc = run("Officials of DG MARE and DG CLIMA joined the call.");
    entity(doc, EntityType.ORG, "DG MARE");
    entity(doc, EntityType.ORG, "DG CLIMA");
  }

  @Test
  void aNameJoinedByAnApostropheIsOneBody() {
    ExtractedDocument doc = run("L’agence régionale Ker’Nova accompagne les entreprises bretonnes.");
    entity(doc, EntityType.ORG, "Ker’Nova");
  }
}
