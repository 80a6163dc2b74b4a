package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round's name fixes, on written sentences: a person "of / della / de la" an organisation, programme
 * names with a geographic or generic part, rivers, lakes and mountain ranges, places written right after a name,
 * event names with a dash and event nouns with their adjective.
 */
class NamesAndPlacesTest {
  @Test
  void aPersonOfAnOrganisationIsTwoNames() {
    ExtractedDocument en = run("Milena Kostić of the Vellano Sensing Institute presented the pilot in Novi Sad.");
    Entity org = entity(en, EntityType.ORG, "Vellano Sensing Institute");
    assertThat(entity(en, EntityType.PERSON, "Milena Kostić").attribute("org")).isEqualTo(org.id());
    ExtractedDocument it = run("Lucia Ferri della Fondazione Arvena ha aperto i lavori a Trento.");
    entity(it, EntityType.PERSON, "Lucia Ferri");
    entity(it, EntityType.ORG, "Fondazione Arvena");
    ExtractedDocument es = run("Ana Ruiz de la Universidad de Vellano y Marco de Santis hablaron en Sevilla.");
    entity(es, EntityType.PERSON, "Ana Ruiz");
    entity(es, EntityType.PERSON, "Marco de Santis");
    entity(es, EntityType.ORG, "Universidad de Vellano");
  }

  @Test
  void programmeNamesKeepTheirGeographicAndGenericParts() {
    ExtractedDocument doc = run("The Interreg Danube Region Programme and Horizon Europe Cluster 4 fund the pilot.");
    entity(doc, EntityType.PROGRAMME, "Interreg Danube Region Programme");
    entity(doc, EntityType.PROGRAMME, "Horizon Europe Cluster 4");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("Region") || e.text().equals("Danube"));
    ExtractedDocument es = run("El Programa FEDER de Castilla y León 2021-2027 y Horizonte Europa financian la red.");
    entity(es, EntityType.PROGRAMME, "Programa FEDER de Castilla y León 2021-2027");
    entity(es, EntityType.PROGRAMME, "Horizonte Europa");
    ExtractedDocument en = run("The ERDF Andalusia Programme 2021-2027 co-finances the plant.");
    entity(en, EntityType.PROGRAMME, "ERDF Andalusia Programme 2021-2027");
  }

  @Test
  void riversLakesAndMountainRangesAreRegions() {
    ExtractedDocument doc = run("The barges sail along the Danube and the Rhine; the hotels of Lake Vellano face the Alps.");
    assertThat(entity(doc, EntityType.PLACE, "Danube").attribute("kind")).isEqualTo("region");
    assertThat(entity(doc, EntityType.PLACE, "Rhine").attribute("kind")).isEqualTo("region");
    assertThat(entity(doc, EntityType.PLACE, "Lake Vellano").attribute("kind")).isEqualTo("region");
    assertThat(entity(doc, EntityType.PLACE, "Alps").attribute("kind")).isEqualTo("region");
    ExtractedDocument it = run("Il progetto misura la portata del fiume Sarno vicino a Salerno.");
    assertThat(entity(it, EntityType.PLACE, "Sarno").attribute("kind")).isEqualTo("region");
  }

  @Test
  void aPlaceRightAfterANameLocatesIt() {
    ExtractedDocument list = run("The partners are:\n- Universidad de Vellano (Spain)\n- Politecnico di Sorra, Italia\n");
    assertThat(has(list, "LOCATED_IN", entity(list, EntityType.ORG, "Universidad de Vellano"),
        entity(list, EntityType.PLACE, "Spain"))).isTrue();
    assertThat(has(list, "LOCATED_IN", entity(list, EntityType.ORG, "Politecnico di Sorra"),
        entity(list, EntityType.PLACE, "Italia"))).isTrue();
    ExtractedDocument city = run("Brandt Vellano GmbH, con sede en Selb (Baviera), abrirá una planta.");
    assertThat(has(city, "LOCATED_IN", entity(city, EntityType.PLACE, "Selb"),
        entity(city, EntityType.PLACE, "Baviera"))).isTrue();
    ExtractedDocument venue = run("Le lezioni si terranno al Campus Sorra, a Milano.");
    assertThat(has(venue, "LOCATED_IN", entity(venue, EntityType.PLACE, "Campus Sorra"),
        entity(venue, EntityType.PLACE, "Milano"))).isTrue();
  }

  @Test
  void eventNamesKeepADashedPairAndEventNounsTheirAdjective() {
    ExtractedDocument doc = run("Más de 300 empresas participaron en el IV Foro Empresarial Vellano–Sorra en Lima.");
    entity(doc, EntityType.EVENT, "IV Foro Empresarial Vellano–Sorra");
    ExtractedDocument mission = run("La misión empresarial llegó ayer a Lima.");
    entity(mission, EntityType.EVENT, "misión empresarial");
  }
}
