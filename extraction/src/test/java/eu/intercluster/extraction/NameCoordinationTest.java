package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "and / e / y / et" inside a name, on written sentences: a ministry's portfolios joined without a connector
 * ("Department for Economy and Investment") and words that share the head word after them ("China Food and Drinks
 * Fair") stay one name.
 */
class NameCoordinationTest {
  @Test
  void aMinistrysPortfoliosJoinedByAndStayInItsName() {
    ExtractedDocument en = run("Representatives of the Department for Economy and Investment met firms in Cardiff.");
    assertThat(entity(en, EntityType.ORG, "Department for Economy and Investment").attribute("kind"))
        .isEqualTo("government");
    entity(run("Il Ministero dell'Agricoltura e Alimentazione ha firmato l'accordo."), EntityType.ORG,
        "Ministero dell'Agricoltura e Alimentazione");
    entity(run("El Ministerio de Comercio e Inversiones de Marruecos firmó el acuerdo."), EntityType.ORG,
        "Ministerio de Comercio e Inversiones de Marruecos");
    entity(run("Le Ministère de l'Économie et Investissement du Sénégal a signé l'accord."), EntityType.ORG,
        "Ministère de l'Économie et Investissement du Sénégal");
  }

  @Test
  void wordsSharingTheHeadWordAfterThemAreOneName() {
    ExtractedDocument en = run("Wineries from Tuscany will travel to the China Food and Drinks Fair in Chengdu.");
    entity(en, EntityType.EVENT, "China Food and Drinks Fair");
    assertThat(en.entities()).noneMatch(e -> e.text().equals("China Food"));
  }

  @Test
  void aHeadWordRightAfterAndBeginsABodyOfItsOwn() {
    ExtractedDocument it = run("Velmar e Università di Arezzo firmano un accordo quadro sulla robotica\n\nArezzo, 3 marzo "
        + "2026 – La società Velmar e l’Università di Arezzo hanno firmato un accordo.");
    entity(it, EntityType.ORG, "Università di Arezzo");
    assertThat(it.entities()).noneMatch(e -> e.text().contains(" e Università"));
  }

  @Test
  void twoPeopleJoinedBySpanishYAreTwoPeople() {
    ExtractedDocument es = run("A la reunión asistieron Carla Méndez y Tomás Iriarte, de la cámara.");
    entity(es, EntityType.PERSON, "Carla Méndez");
    entity(es, EntityType.PERSON, "Tomás Iriarte");
    assertThat(es.entities()).noneMatch(e -> e.text().contains(" y "));
    ExtractedDocument first = run("Asistieron Carla Méndez y Tomás Iriarte a la firma.");
    entity(first, EntityType.PERSON, "Tomás Iriarte");
    entity(run("La cita es de José Ortega y Gasset, el filósofo."), EntityType.PERSON, "José Ortega y Gasset");
  }
}
