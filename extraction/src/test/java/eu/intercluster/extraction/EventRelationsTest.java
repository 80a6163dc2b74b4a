package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 12's event and event-relation rules, on written sentences. */
class EventRelationsTest {
  @Test
  void theBodiesOfAParticipantListTakePartInTheEvent() {
    ExtractedDocument doc = run("The Kestrel Robotics Forum opened in Lyon on 3 May. Among the participants were "
        + "Norvane Systems Ltd, a maker of grippers, and Brightmoor Robotics GmbH.");
    Entity forum = entity(doc, EntityType.EVENT, "Kestrel Robotics Forum");
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.ORG, "Norvane Systems Ltd"), forum)).isTrue();
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.ORG, "Brightmoor Robotics GmbH"), forum)).isTrue();
  }

  @Test
  void aBodyThatHoldsOrLeadsAnEventOrganisesIt() {
    ExtractedDocument doc = run("La Cámara de Comercio de Tarvela celebró ayer el Foro Textil Norte en Vigo.");
    assertThat(has(doc, "ORGANISED", entity(doc, EntityType.ORG, "Cámara de Comercio de Tarvela"),
        entity(doc, EntityType.EVENT, "Foro Textil Norte"))).isTrue();
    ExtractedDocument led = run("The Orvane Wood Cluster led a business delegation to Osaka in May.");
    assertThat(has(led, "ORGANISED", entity(led, EntityType.ORG, "Orvane Wood Cluster"),
        entity(led, EntityType.EVENT, "delegation"))).isTrue();
  }

  @Test
  void anEventAtAVenueIsNotAlsoInTheVenuesCity() {
    ExtractedDocument doc = run("The Kestrel Robotics Forum took place at the Palais Orvane in Lyon.");
    Entity forum = entity(doc, EntityType.EVENT, "Kestrel Robotics Forum");
    Entity lyon = entity(doc, EntityType.PLACE, "Lyon");
    Entity venue = doc.entities().stream().filter(e -> e.type() == EntityType.PLACE && e.text().contains("Orvane"))
        .findFirst().orElseThrow(() -> new AssertionError(doc.entities().toString()));
    assertThat(has(doc, "LOCATED_IN", forum, venue)).isTrue();
    assertThat(has(doc, "LOCATED_IN", venue, lyon)).isTrue();
    assertThat(has(doc, "LOCATED_IN", forum, lyon)).isFalse();
  }

  @Test
  void anEventNounAfterANameIsNoSecondEvent() {
    ExtractedDocument doc = run("The Kestrel Robotics Forum took place in Cardiff on 3 May. Firms from Wales will then "
        + "exhibit at the Tarvex Nordica fair in Oslo in November.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.EVENT && e.text().equals("fair"));
  }

  @Test
  void anEventNamedByACommonNounIsPartOfTheMainEvent() {
    ExtractedDocument doc = run("The Kestrel Robotics Forum took place in Lyon on 3 May. A Norwegian delegation of "
        + "twenty firms attended the first day.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.EVENT, "Norwegian delegation"),
        entity(doc, EntityType.EVENT, "Kestrel Robotics Forum"))).isTrue();
  }

  @Test
  void aCommonNounEventIsPartOfAFairButNotOfAConference() {
    ExtractedDocument fair = run("The Tarvex Marine fair opened in Oslo on 3 May. A workshop on hull coatings "
        + "closed the first day.");
    assertThat(has(fair, "PART_OF", entity(fair, EntityType.EVENT, "workshop"),
        entity(fair, EntityType.EVENT, "Tarvex Marine"))).isTrue();
    ExtractedDocument conference = run("The Orvane Photonics Conference opened in Lyon on 3 May. A Norwegian "
        + "delegation of twenty firms attended the first day.");
    assertThat(has(conference, "PART_OF", entity(conference, EntityType.EVENT, "Norwegian delegation"),
        entity(conference, EntityType.EVENT, "Orvane Photonics Conference"))).isFalse();
  }

  @Test
  void anOrganisationTakesPartByAttendingNotBySpeaking() {
    ExtractedDocument doc = run("The Kestrel Robotics Forum took place in Lyon on 3 May. Brightmoor Robotics GmbH "
        + "shared its results on grippers. Norvane Systems Ltd took part in the forum.");
    Entity forum = entity(doc, EntityType.EVENT, "Kestrel Robotics Forum");
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.ORG, "Brightmoor Robotics GmbH"), forum)).isFalse();
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.ORG, "Norvane Systems Ltd"), forum)).isTrue();
  }

  @Test
  void aNationalPavilionIsAnEventAndANumberedHallAPlace() {
    entity(run("Twelve firms from Liguria exhibited in the Italian pavilion at the Tarvex Marine fair in hall 4."),
        EntityType.EVENT, "Italian pavilion");
    ExtractedDocument doc = run("Les entreprises ont exposé sur le pavillon France du salon, au pavillon 3.");
    entity(doc, EntityType.EVENT, "pavillon France");
    entity(doc, EntityType.PLACE, "pavillon 3");
  }

  @Test
  void theHostOfAnEventOrganisesItAndIsNoParticipant() {
    ExtractedDocument doc = run("Al Forum Lagunare dell'Acqua hanno preso parte l'assessore Marco Zanetti e il "
        + "direttore della Fondazione Brenta, Paolo Ruzzini, che ha fatto gli onori di casa.");
    Entity forum = entity(doc, EntityType.EVENT, "Forum Lagunare dell'Acqua");
    Entity host = entity(doc, EntityType.PERSON, "Paolo Ruzzini");
    assertThat(has(doc, "ORGANISED", host, forum)).isTrue();
    assertThat(has(doc, "PARTICIPATED", host, forum)).isFalse();
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.PERSON, "Marco Zanetti"), forum)).isTrue();
  }

  @Test
  void aProjectCoordinatorOrganisesNoEventOfAnotherSentence() {
    ExtractedDocument doc = run("The Aurora Water Summit opened in Porto on Monday. The Lintra project is "
        + "coordinated by the Vellano Institute of Technology.");
    Entity summit = entity(doc, EntityType.EVENT, "Aurora Water Summit");
    Entity institute = entity(doc, EntityType.ORG, "Vellano Institute of Technology");
    assertThat(has(doc, "ORGANISED", institute, summit)).isFalse();
    ExtractedDocument same = run("The Aurora Water Summit, coordinated by the Vellano Institute of Technology, "
        + "opened in Porto on Monday.");
    assertThat(has(same, "ORGANISED", entity(same, EntityType.ORG, "Vellano Institute of Technology"),
        entity(same, EntityType.EVENT, "Aurora Water Summit"))).isTrue();
  }
}
