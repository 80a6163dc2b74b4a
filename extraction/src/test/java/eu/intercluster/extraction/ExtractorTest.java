package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the recognisers and relation rules on short synthetic sentences. */
class ExtractorTest {
  @Test
  void acronymDefinedInTheTextBecomesAMention() {
    ExtractedDocument doc = run("Il progetto coinvolge l’Istituto Nazionale di Oceanografia (INOGS). Secondo l’INOGS i dati "
        + "saranno pubblici.");
    Entity org = entity(doc, EntityType.ORG, "Istituto Nazionale di Oceanografia");
    assertThat(org.mentions()).contains("INOGS");
    assertThat(org.occurrences()).hasSize(3);
  }

  @Test
  void acronymSpelledByInitialsNearby() {
    ExtractedDocument doc = run("The partners are VTTQ, Vienna Technology Transfer Quarter, and a local school.");
    assertThat(entity(doc, EntityType.ORG, "Vienna Technology Transfer Quarter").mentions()).contains("VTTQ");
  }

  @Test
  void aTownAfterACueAndAConnectorIsNotAShortFormOfTheBody() {
    ExtractedDocument doc = run("La Università di Varsund ha firmato l'accordo. A Varsund si è svolto il seminario.");
    assertThat(entity(doc, EntityType.ORG, "Università di Varsund").mentions()).doesNotContain("Varsund");
    ExtractedDocument acronym = run("L'Istituto di ABCD ha firmato l'accordo. ABCD ha poi presentato il piano.");
    assertThat(entity(acronym, EntityType.ORG, "Istituto di ABCD").mentions()).contains("ABCD");
  }

  @Test
  void rolesBeforeAndAfterNamesWithTheirOrganisation() {
    ExtractedDocument doc = run("Ha parlato il presidente della Regione Toscana Mario Bianchi. Poi Giulia Neri, direttrice "
        + "del Consorzio Tessile Pratese, ha illustrato i risultati.");
    Entity bianchi = entity(doc, EntityType.PERSON, "Mario Bianchi");
    Entity region = entity(doc, EntityType.ORG, "Regione Toscana");
    assertThat(bianchi.attribute("role")).isEqualTo("presidente della Regione Toscana");
    assertThat(bianchi.attribute("org")).isEqualTo(region.id());
    Entity neri = entity(doc, EntityType.PERSON, "Giulia Neri");
    assertThat(neri.attribute("role")).isEqualTo("direttrice del Consorzio Tessile Pratese");
    assertThat(neri.attribute("org")).isEqualTo(entity(doc, EntityType.ORG, "Consorzio Tessile Pratese").id());
  }

  @Test
  void englishPortfolioRoleKeepsTheOrganisationApart() {
    ExtractedDocument doc = run("The visit was opened by the Councillor for Research, Anna Verdi, and by President John Smith.");
    assertThat(entity(doc, EntityType.PERSON, "Anna Verdi").attribute("role")).isEqualTo("Councillor for Research");
    assertThat(entity(doc, EntityType.PERSON, "John Smith").attribute("role")).isEqualTo("President");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.ORG && e.text().contains("Research"));
  }

  @Test
  void agreementCuesWithDurationStatusAndParties() {
    ExtractedDocument doc = run("Oggi la Regione Marche e la Regione Abruzzo hanno firmato un accordo quadro di tre anni "
        + "sulla blue economy.");
    Entity a = entity(doc, EntityType.AGREEMENT, "accordo quadro");
    assertThat(a.attribute("kind")).isEqualTo("accordo quadro");
    assertThat(a.attribute("duration")).isEqualTo("tre anni");
    assertThat(a.attribute("status")).isEqualTo("signed");
    assertThat(has(doc, "SIGNED", a, entity(doc, EntityType.ORG, "Regione Marche"))).isTrue();
    assertThat(has(doc, "SIGNED", a, entity(doc, EntityType.ORG, "Regione Abruzzo"))).isTrue();
    Entity theme = entity(doc, EntityType.THEME, "blue economy");
    assertThat(theme.attribute("norm")).isEqualTo("BLUE_ECONOMY");
    assertThat(has(doc, "HAS_THEME", a, theme)).isTrue();
  }

  @Test
  void englishAgreementWithDurationAndFutureStatus() {
    ExtractedDocument doc = run("Next week Flanders and Ontario will sign a five-year agreement on hydrogen.");
    Entity a = entity(doc, EntityType.AGREEMENT, "five-year agreement");
    assertThat(a.attribute("duration")).isEqualTo("five-year");
    assertThat(a.attribute("status")).isEqualTo("planned");
    assertThat(entity(doc, EntityType.ORG, "Flanders").attribute("kind")).isEqualTo("government");
  }

  @Test
  void aNamedAgreementLeavesItsDurationToTheAttribute() {
    ExtractedDocument doc = run("Linz, 3 June 2025 - The two clusters have signed a three-year memorandum of "
        + "understanding on timber construction.");
    Entity a = entity(doc, EntityType.AGREEMENT, "memorandum of understanding");
    assertThat(a.attribute("duration")).isEqualTo("three-year");
  }

  @Test
  void businessMeetingPhrasesAreEvents() {
    assertThat(entity(run("La CCI organise un programme de rendez-vous d’affaires avec des acheteurs."),
        EntityType.EVENT, "rendez-vous d’affaires").attribute("kind")).isEqualTo("b2b");
    assertThat(entity(run("The cluster held 120 partnering meetings in Ghent."), EntityType.EVENT,
        "partnering meetings").attribute("kind")).isEqualTo("b2b");
  }

  @Test
  void anOrganisationAfterARoleAndOfIsNotAPerson() {
    ExtractedDocument doc = run("Ha parlato Antonio Loi, direttore di Sardegna Ricerche, l’agenzia regionale.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.PERSON && e.text().equals("Sardegna Ricerche"));
    assertThat(entity(doc, EntityType.PERSON, "Antonio Loi").attribute("role")).isEqualTo("direttore di Sardegna Ricerche");
  }

  @Test
  void aSpanishRegionsJuntaOrXuntaIsItsGovernment() {
    ExtractedDocument doc = run("La Junta de Extremadura y la Xunta de Galicia financian el proyecto en Mérida.");
    assertThat(entity(doc, EntityType.ORG, "Junta de Extremadura").attribute("kind")).isEqualTo("government");
    assertThat(entity(doc, EntityType.ORG, "Xunta de Galicia").attribute("kind")).isEqualTo("government");
  }

  @Test
  void governmentBodiesWithAdjectivesOrPortfolioLists() {
    ExtractedDocument doc = run("Il bando è finanziato dalla Provincia autonoma di Bolzano. La delegazione ha incontrato "
        + "il Ministero dell’Industria e del Commercio. The Ministry of the Economy, Tourism and Sport also attended.");
    assertThat(entity(doc, EntityType.ORG, "Provincia autonoma di Bolzano").attribute("kind")).isEqualTo("government");
    assertThat(entity(doc, EntityType.ORG, "Ministero dell’Industria e del Commercio")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Ministry of the Economy, Tourism and Sport")).isNotNull();
  }

  @Test
  void twoChunksJoinedByAndFormOneNameWhenOnlyTheSecondHasAnOrganisationHead() {
    ExtractedDocument doc = run("The machine runs at the Poznań Supercomputing and Networking Center. The ENEA and "
        + "Bologna University also joined.");
    assertThat(entity(doc, EntityType.ORG, "Poznań Supercomputing and Networking Center")).isNotNull();
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("ENEA and Bologna University"));
  }

  @Test
  void statedMembershipIsPartOf() {
    ExtractedDocument doc = run("La Regione Lazio è già membro della rete ERRIN, con sede a Bruxelles.");
    Entity lazio = entity(doc, EntityType.ORG, "Regione Lazio");
    Entity errin = entity(doc, EntityType.ORG, "ERRIN");
    assertThat(has(doc, "PART_OF", lazio, errin)).isTrue();
    assertThat(has(doc, "LOCATED_IN", errin, entity(doc, EntityType.PLACE, "Bruxelles"))).isTrue();
  }

  @Test
  void aThemeTermExtendsToItsNounPhrase() {
    ExtractedDocument doc = run("Il bando sostiene progetti di turismo culturale sostenibile nelle aree alpine.");
    assertThat(entity(doc, EntityType.THEME, "turismo culturale sostenibile").attribute("norm")).isEqualTo("TOURISM");
  }

  @Test
  void territoryActsOrIsAPlace() {
    ExtractedDocument doc = run("Nuovi progetti di cooperazione Italia-Giappone. Le imprese arrivano da Osaka e dalla "
        + "Francia.");
    assertThat(entity(doc, EntityType.ORG, "Italia").attribute("kind")).isEqualTo("government");
    assertThat(entity(doc, EntityType.ORG, "Giappone").attribute("kind")).isEqualTo("government");
    assertThat(entity(doc, EntityType.PLACE, "Osaka").attribute("kind")).isEqualTo("city");
    assertThat(entity(doc, EntityType.PLACE, "Francia").attribute("kind")).isEqualTo("country");
  }

  @Test
  void eventsWithOrganisersParticipantsAndPlace() {
    ExtractedDocument doc = run("Il seminario, organizzato dalla Camera di Commercio di Verona, si è svolto a Verona. "
        + "Sono intervenuti Luca Rossi e Marta Gialli.");
    Entity event = entity(doc, EntityType.EVENT, "seminario");
    assertThat(event.attribute("kind")).isEqualTo("conference");
    assertThat(has(doc, "ORGANISED", entity(doc, EntityType.ORG, "Camera di Commercio di Verona"), event)).isTrue();
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.PERSON, "Luca Rossi"), event)).isTrue();
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.PERSON, "Marta Gialli"), event)).isTrue();
    assertThat(has(doc, "LOCATED_IN", event, entity(doc, EntityType.PLACE, "Verona"))).isTrue();
  }

  @Test
  void programmesFromShapesAndFunding() {
    ExtractedDocument doc = run("La missione è finanziata dal PR FESR 2021-2027 e segue la strategia nazionale per "
        + "l’idrogeno.");
    Entity fund = entity(doc, EntityType.PROGRAMME, "PR FESR 2021-2027");
    assertThat(fund.attribute("kind")).isEqualTo("funding programme");
    assertThat(entity(doc, EntityType.PROGRAMME, "strategia nazionale per l’idrogeno").attribute("kind"))
        .isEqualTo("strategy");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.EVENT, "missione"), fund)).isTrue();
  }

  @Test
  void themesAreNormalisedInSeveralLanguages() {
    ExtractedDocument doc = run("Il forum tratta di cybersicurezza, intelligence artificielle e ciberseguridad.");
    assertThat(doc.entities()).filteredOn(e -> e.type() == EntityType.THEME)
        .extracting(e -> e.attribute("norm")).containsExactlyInAnyOrder("CYBERSECURITY", "AI");
  }

  @Test
  void callerGazetteerLinksExternalIds() {
    Extractor withMap = Extractor.builder()
        .gazetteer(List.of(new GazetteerEntry("Fondazione Pietro Rossi", List.of("FPR"), EntityType.ORG, "research foundation",
            "org-42")))
        .build();
    ExtractedDocument doc = withMap.extract("t", "t.txt", "La FPR ha ospitato il convegno.");
    Entity org = doc.entities().stream().filter(e -> e.type() == EntityType.ORG).findFirst().orElseThrow();
    assertThat(org.externalId()).isEqualTo("org-42");
    assertThat(org.attribute("kind")).isEqualTo("research foundation");
  }

  @Test
  void aCommonWordAliasOfTheMapDoesNotCutALongerName() {
    Extractor withMap = Extractor.builder()
        .gazetteer(List.of(GazetteerEntry.of("Regione Emilia-Romagna", EntityType.ORG, "org-7", "Region", "Regione")))
        .build();
    ExtractedDocument doc = withMap.extract("t", "t.txt",
        "The Interreg Danube Region Programme co-finances the pilot. La Regione ha firmato con la Regione Lombardia.");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("Region"));
    assertThat(doc.entities()).filteredOn(e -> "org-7".equals(e.externalId()))
        .singleElement().satisfies(e -> assertThat(e.occurrences()).extracting(Mention::text).containsExactly("Regione"));
  }

  @Test
  void aBodyAndACompanyWithItsLegalFormAreTwoOrganisations() {
    for (String text : List.of("The University of Valdora and Acme Robotics Srl signed a memorandum of understanding.",
        "The Regione Emilia-Romagna and Acme Robotics Srl signed a memorandum of understanding.",
        "Il Comune di Valdora e Acme Robotics SpA hanno firmato un protocollo d'intesa.",
        "Il Comune di Valdora e Acme Robotics Spa hanno firmato un protocollo d'intesa.")) {
      assertThat(run(text).entities()).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::text)
          .as(text).hasSize(2).anyMatch(name -> name.startsWith("Acme Robotics"));
    }
  }

  @Test
  void aPlaceTheMapKnowsDoesNotCutTheNamesOfBodiesThatContainIt() {
    Extractor withMap = Extractor.builder()
        .gazetteer(List.of(new GazetteerEntry("Valdora", List.of(), EntityType.PLACE, "city", "place-9"),
            new GazetteerEntry("Bologna", List.of(), EntityType.PLACE, "city", "place-1")))
        .build();
    ExtractedDocument doc = withMap.extract("t", "t.txt", "Oggi a Valdora la Camera di commercio di Bologna, il Comune "
        + "di Valdora e l'Università di Bologna hanno firmato un accordo.");
    assertThat(doc.entities()).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::text)
        .contains("Camera di commercio di Bologna", "Comune di Valdora", "Università di Bologna");
    assertThat(doc.entities()).filteredOn(e -> "place-9".equals(e.externalId())).singleElement()
        .satisfies(e -> assertThat(e.occurrences()).extracting(Mention::text).containsExactly("Valdora"));
  }

  @Test
  void occurrencesCarryOffsetsIntoTheBody() {
    String body = "Oggi a Bologna la Regione Emilia-Romagna ha presentato il piano.";
    ExtractedDocument doc = run(body);
    for (Entity e : doc.entities()) {
      for (Mention m : e.occurrences()) {
        assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }
}
