package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The second round's ORG precision fixes, on written sentences: weak capitalised chunks that are no names. */
class WeakOrgNamesTest {
  @Test
  void aCapitalisedWordTheTextAlsoWritesInLowerCaseIsNoOrganisation() {
    ExtractedDocument it = run("Energia, Sicurezza e territorio: il convegno.\n\nLa sicurezza delle reti elettriche "
        + "è il tema scelto da Ardenza Servizi per l'incontro di Livorno.");
    assertThat(it.entities()).noneMatch(e -> e.text().equals("Sicurezza"));
    entity(it, EntityType.ORG, "Ardenza Servizi");
    ExtractedDocument en = run("Timber and Water: a day in the forest.\n\nThe water of the valley feeds the timber "
        + "mill of Brastow Holdings, said Kelvora.");
    assertThat(en.entities()).noneMatch(e -> e.text().equals("Water") || e.text().equals("Timber"));
    entity(en, EntityType.ORG, "Brastow Holdings");
  }

  @Test
  void aNameAfterTheFrenchAIsAPlace() {
    ExtractedDocument fr = run("Quelle Énergie SAS a ouvert une usine à Verlondes en mars, près du port.");
    entity(fr, EntityType.PLACE, "Verlondes");
    assertThat(fr.entities()).noneMatch(e -> e.type() == EntityType.ORG && e.text().equals("Verlondes"));
  }

  @Test
  void aCompanyNamedWithAndWithoutItsLegalFormIsOneOrganisation() {
    ExtractedDocument doc = run("Tessavia Robotics S.r.l. ha firmato l'accordo con Brevena Logistica Oy. "
        + "Secondo Tessavia Robotics, i primi robot arriveranno a Tampere entro marzo.");
    assertThat(doc.entities()).filteredOn(e -> e.type() == EntityType.ORG && e.text().startsWith("Tessavia"))
        .hasSize(1);
  }

  @Test
  void theHeadingOfAPressNoticeIsNoOrganisation() {
    ExtractedDocument en = run("PRESS RELEASE\n\nMarlowe Dynamics opens a test line in Leeds.");
    ExtractedDocument it = run("COMUNICATO STAMPA\n\nLa Fondazione Arvena apre un laboratorio a Trento.");
    ExtractedDocument es = run("NOTA DE PRENSA\n\nLa empresa Velorsa abre una planta en Burgos.");
    for (ExtractedDocument doc : java.util.List.of(en, it, es)) {
      assertThat(doc.entities()).noneMatch(e -> e.text().toUpperCase(java.util.Locale.ROOT).contains("PRES")
          || e.text().toUpperCase(java.util.Locale.ROOT).contains("STAMPA"));
    }
    entity(en, EntityType.ORG, "Marlowe Dynamics");
  }
}
