package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 8: a person's role and organisation (RoleFinder, RoleWords, RoleOrganisation, Attributes). */
class RoleAttributesTest {
  private static Object attribute(ExtractedDocument doc, String person, String name) {
    return entity(doc, EntityType.PERSON, person).attributes().get(name);
  }

  @Test
  void roleWordsBeyondTheCueLexiconAndCompounds() {
    ExtractedDocument it = run("Alla giornata è intervenuta Laura Bianchi, prorettrice per la ricerca dell’Università di "
        + "Vellano.");
    assertThat(attribute(it, "Laura Bianchi", "role")).isEqualTo("prorettrice per la ricerca dell’Università di Vellano");
    ExtractedDocument es = run("Durante la jornada habló Marta Ruiz, gerente del Clúster de la Madera de Ortega.");
    assertThat(attribute(es, "Marta Ruiz", "role")).isEqualTo("gerente del Clúster de la Madera de Ortega");
    ExtractedDocument fr = run("Le texte a été signé par Anne Morel, ministre-présidente de la Région Valorée.");
    assertThat(attribute(fr, "Anne Morel", "role")).isEqualTo("ministre-présidente de la Région Valorée");
  }

  @Test
  void anAdjectiveBetweenTheRoleWordAndItsComplementBeforeTheName() {
    ExtractedDocument it = run("Ha firmato l'assessore regionale allo sviluppo economico Marco Bellini.");
    assertThat(attribute(it, "Marco Bellini", "role")).isEqualTo("assessore regionale allo sviluppo economico");
    ExtractedDocument fr = run("Était présente la vice-présidente chargée du numérique, Anne Morel.");
    assertThat(attribute(fr, "Anne Morel", "role")).isEqualTo("vice-présidente chargée du numérique");
    ExtractedDocument verb = run("Il presidente parla di innovazione con Marco Bellini.");
    assertThat(attribute(verb, "Marco Bellini", "role")).isNull();
  }

  @Test
  void aChiefExecutiveOfACompanyIsNoDelegatedPortfolio() {
    ExtractedDocument doc = run("Erano presenti il sindaco di Ostra e l’amministratrice delegata di Veltra Textiles "
        + "AB, Anna Dal Brun.");
    assertThat(attribute(doc, "Anna Dal Brun", "role")).isEqualTo("amministratrice delegata di Veltra Textiles AB");
    assertThat(entity(doc, EntityType.ORG, "Veltra Textiles AB").occurrences()).hasSize(1);
  }

  @Test
  void inAListOfTitlesBeforeNamesThePhraseAfterANameIsTheNextPersonsTitle() {
    ExtractedDocument doc = run("Al taglio del nastro erano presenti il rettore dell’Università di Vellano, Marco "
        + "Ferri, il presidente della Regione Toscana, Luca Sarti, e la sindaca Anna Colli.");
    assertThat(attribute(doc, "Marco Ferri", "role")).isEqualTo("rettore dell’Università di Vellano");
    assertThat(attribute(doc, "Luca Sarti", "role")).isEqualTo("presidente della Regione Toscana");
  }

  @Test
  void aLowerCaseModifierBeforeTheRoleWord() {
    ExtractedDocument en = run("The panel was moderated by Karen Holt, programme director at the Northfield Energy "
        + "Coalition.");
    assertThat(attribute(en, "Karen Holt", "role")).isEqualTo("programme director at the Northfield Energy Coalition");
  }

  @Test
  void aTitleBetweenTheRoleAndTheName() {
    ExtractedDocument en = run("\"We are ready,\" said the managing director of Brightwater Agency, Dr Paul Stenner.");
    assertThat(attribute(en, "Paul Stenner", "role")).isEqualTo("managing director of Brightwater Agency");
  }

  @Test
  void anOrganisationThatOnlyQualifiesTheRoleGivesWayToTheBodyAfterIt() {
    ExtractedDocument en = run("The Enterprise Europe Network (EEN) organised the brokerage event in Hannover. Anna "
        + "Berg, EEN adviser at Veltrabank AG, said the meetings went well.");
    assertThat(attribute(en, "Anna Berg", "org")).isEqualTo(entity(en, EntityType.ORG, "Veltrabank AG").id());
    ExtractedDocument it = run("Alla riunione è intervenuta Carla Neri, consulente EEN di Unioncamere Molise, che ha "
        + "presentato i servizi della rete Enterprise Europe Network.");
    assertThat(attribute(it, "Carla Neri", "org")).isEqualTo(entity(it, EntityType.ORG, "Unioncamere Molise").id());
    ExtractedDocument owner = run("Lena Holm, Deputy Head of Unit at the European Commission's Directorate-General for "
        + "Energy, opened the session on offshore wind in Brussels.");
    assertThat(attribute(owner, "Lena Holm", "org"))
        .isEqualTo(entity(owner, EntityType.ORG, "Directorate-General for Energy").id());
    ExtractedDocument first = run("The session was opened by Ruth Vell, director of Brightwater Agency at Northfield "
        + "University, in Leeds.");
    assertThat(attribute(first, "Ruth Vell", "org")).isEqualTo(entity(first, EntityType.ORG, "Brightwater Agency").id());
  }

  @Test
  void anOrganisationNamedInsideTheRolePhrase() {
    ExtractedDocument it = run("La Fondazione Arvena ha aperto il bando. Ha parlato Chiara Neri, responsabile dell’area "
        + "estero della Fondazione Arvena.");
    Entity org = entity(it, EntityType.ORG, "Fondazione Arvena");
    assertThat(attribute(it, "Chiara Neri", "org")).isEqualTo(org.id());
  }

  @Test
  void theOwnerBeforeTheRole() {
    ExtractedDocument en = run("The Orvik Foundation opened a lab. The Orvik Foundation’s chief executive, Lars Berg, cut the "
        + "ribbon.");
    Entity org = entity(en, EntityType.ORG, "Orvik Foundation");
    assertThat(attribute(en, "Lars Berg", "org")).isEqualTo(org.id());
  }

  @Test
  void forAnOrganisationWithArticleAndKindWord() {
    ExtractedDocument it = run("Per il cluster Tessile Alto Serio è intervenuto il coordinatore Marco Ferri.");
    Entity org = entity(it, EntityType.ORG, "Tessile Alto Serio");
    assertThat(attribute(it, "Marco Ferri", "org")).isEqualTo(org.id());
  }

  @Test
  void aOneWordNameEndingARoleIsTheEmployerButNotAMinistersPortfolio() {
    ExtractedDocument fr = run("Douze PME partent au Japon avec Claire Dumont, directrice générale de Vernalogic.");
    Entity org = entity(fr, EntityType.ORG, "Vernalogic");
    assertThat(attribute(fr, "Claire Dumont", "org")).isEqualTo(org.id());
    ExtractedDocument minister = run("Le salon a été inauguré par Paul Lenoir, ministre de l’Économie.");
    assertThat(minister.entities()).noneMatch(e -> e.type() == EntityType.ORG);
  }
}
