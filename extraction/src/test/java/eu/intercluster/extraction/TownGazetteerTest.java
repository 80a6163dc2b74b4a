package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 12: towns from GeoNames (cities.txt) are places; its filters keep common words and given names out. */
class TownGazetteerTest {
  @Test
  void aMidSizedTownIsACity() {
    ExtractedDocument doc = run("Le pôle a ouvert une antenne à Vierzon et une autre à Chartres.");
    assertThat(entity(doc, EntityType.PLACE, "Vierzon").attribute("kind")).isEqualTo("city");
    entity(doc, EntityType.PLACE, "Chartres");
    ExtractedDocument en = run("The consortium tests the cells in Västerås before shipping them.");
    entity(en, EntityType.PLACE, "Västerås");
  }

  @Test
  void aTownNamedLikeACommonWordOrAGivenNameIsNotListed() {
    ExtractedDocument es = run("La feria, como cada año, reúne a las empresas del sector.");
    assertThat(es.entities()).noneMatch(e -> e.type() == EntityType.PLACE);
    assertThat(Lexicon.INSTANCE.places).noneMatch(row -> row.length == 3
        && (row[2].equals("Mission") || row[2].equals("Victoria") || row[2].equals("Eu")));
  }

  @Test
  void aCompanyNamedAfterItsTownKeepsTheTownInItsName() {
    ExtractedDocument doc = run("La cooperativa Valencia del Turia S. Coop. exporta a Francia.");
    entity(doc, EntityType.ORG, "Valencia del Turia S. Coop.");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("Valencia"));
    ExtractedDocument plant = run("Visitaron la planta de Sevilla del Grupo Norteño S.L. en marzo.");
    entity(plant, EntityType.PLACE, "Sevilla");
  }
}
