package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A role's portfolio before "de / of" is no body; the body named after it is. */
class RolePortfolioChunksTest {
  @Test
  void thePortfolioAfterARoleIsCutOffTheBody() {
    ExtractedDocument doc = run("Lo explicó Lucía Beltrán, directora de Comercio Exterior del Gobierno de Cantabria.");
    entity(doc, EntityType.ORG, "Gobierno de Cantabria");
    assertThat(doc.entities()).noneMatch(e -> e.text().startsWith("Comercio Exterior"));
    ExtractedDocument acronym = run("Según Pablo Ferrán, director de Programas Europeos del ITCAN, el plazo es corto.");
    entity(acronym, EntityType.ORG, "ITCAN");
    assertThat(acronym.entities()).noneMatch(e -> e.text().startsWith("Programas Europeos"));
  }

  @Test
  void aBodyNamedAfterTheRoleOrACompanyWithItsLegalFormStaysWhole() {
    ExtractedDocument body = run("Ne ha parlato Marta Gallo, presidente dell’Istituto di Ricerca della Regione Umbria.");
    entity(body, EntityType.ORG, "Istituto di Ricerca della Regione Umbria");
    ExtractedDocument company = run("Ne ha parlato Marta Gallo, presidente di Traghetti di Calabria S.p.A., ieri.");
    entity(company, EntityType.ORG, "Traghetti di Calabria S.p.A.");
  }

  @Test
  void anOfficeHoldersPortfolioListIsNoBody() {
    ExtractedDocument doc = run("Lo firmó el consejero de Turismo, Deporte y Juventud, Andrés Pozuelo, en Mérida.");
    assertThat(doc.entities()).noneMatch(e -> e.type() != EntityType.PERSON
        && (e.text().contains("Deporte") || e.text().contains("Juventud")));
    ExtractedDocument english = run("It was opened by the Minister for Ports, Fisheries and Marine Affairs.");
    assertThat(english.entities()).noneMatch(e -> e.text().contains("Marine Affairs"));
  }

  @Test
  void theNameAfterThePortfolioListStays() {
    ExtractedDocument holder = run("Lo dijo la consejera de Turismo, Bárbara Quintela, ayer en Mérida.");
    entity(holder, EntityType.PERSON, "Bárbara Quintela");
    ExtractedDocument after = run("It was signed by the Minister for Ports, Fisheries and Marine Affairs, and Uldis Kalns.");
    assertThat(after.entities()).anyMatch(e -> e.text().equals("Uldis Kalns"));
  }
}
