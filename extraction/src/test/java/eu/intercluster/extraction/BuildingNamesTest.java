package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Buildings and halls the name chunks used to cut or type as bodies (session 16). */
class BuildingNamesTest {
  @Test
  void aVenueWithTwoCoordinatedHeadsIsOnePlaceWithItsName() {
    ExtractedDocument doc = run("Buyers will meet at the Nordhavn Expo and Convention Centre in Aarhus on 4 May.");
    entity(doc, EntityType.PLACE, "Nordhavn Expo and Convention Centre");
    assertThat(doc.entities()).noneSatisfy(e -> assertThat(e.text()).isEqualTo("Nordhavn Expo"));
    ExtractedDocument congress = run("The matchmaking day takes place in the Varde Exhibition and Congress Centre.");
    entity(congress, EntityType.PLACE, "Varde Exhibition and Congress Centre");
  }

  @Test
  void aTownsArticleStaysInTheVenuesName() {
    ExtractedDocument doc = run("The footwear fair opens at the Las Vegas Convention Center next week.");
    entity(doc, EntityType.PLACE, "Las Vegas Convention Center");
  }

  @Test
  void theSeatOfARegionIsABuildingWithoutItsTown() {
    ExtractedDocument doc = run("La convention a été signée à l'Hôtel de Région de Rouen par les deux présidents.");
    entity(doc, EntityType.PLACE, "Hôtel de Région");
    entity(doc, EntityType.PLACE, "Rouen");
    assertThat(doc.entities()).noneSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
  }

  @Test
  void aUniversityHallEndsBeforeABodysName() {
    ExtractedDocument hall = run("L'incontro si terrà nell'Aula Magna di Sant'Ilario a Lecco il 3 giugno.");
    entity(hall, EntityType.PLACE, "Aula Magna di Sant'Ilario");
    ExtractedDocument body = run("La firma è avvenuta nell'Aula Magna del Dipartimento di Agraria di Sassari.");
    entity(body, EntityType.PLACE, "Aula Magna");
    ExtractedDocument company = run("Nell'Aula Magna del Rettorato Ortensia S.r.l. ha presentato il prototipo.");
    entity(company, EntityType.PLACE, "Aula Magna del Rettorato");
  }
}
