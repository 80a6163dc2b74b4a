package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quoted names introduced by a programme noun a few words before, or followed by one (session 12). */
class QuotedProgrammeNamesTest {
  @Test
  void aProgrammeNounSomeWordsBeforeTheQuoteMakesAProgramme() {
    ExtractedDocument fr = run("La Région Vellanie ouvre l’appel à projets « Terres Vives 2027 », doté de 3 millions d’euros.");
    entity(fr, EntityType.PROGRAMME, "Terres Vives 2027");
    ExtractedDocument it = run("I risultati del progetto Horizon Europe «ARVENTIS» sono stati presentati a Trento.");
    entity(it, EntityType.PROGRAMME, "ARVENTIS");
    ExtractedDocument es = run("La Diputación lanzará el programa de visitas “Puente Vellano”, dotado con 90.000 euros.");
    entity(es, EntityType.PROGRAMME, "Puente Vellano");
    ExtractedDocument it2 = run("L'adesione rientra nella strategia regionale «Vellania Domani 2030», approvata a marzo.");
    entity(it2, EntityType.PROGRAMME, "Vellania Domani 2030");
    ExtractedDocument it3 = run("I Comuni useranno una piattaforma condivisa, chiamata \"Sportello Arvena\", dal 2027.");
    entity(it3, EntityType.PROGRAMME, "Sportello Arvena");
  }

  @Test
  void aProgrammeNounRightAfterTheQuoteMakesAProgramme() {
    ExtractedDocument en = run("Among the winners was the \"Kestrel Grid\" project led by the town of Arvena.");
    entity(en, EntityType.PROGRAMME, "Kestrel Grid");
  }

  @Test
  void anEventNounInBetweenLeavesTheQuoteToTheEvent() {
    ExtractedDocument it = run("Il progetto ha organizzato il seminario «Vellano Digitale» a Trento.");
    assertThat(it.entities()).noneMatch(e -> e.type() == EntityType.PROGRAMME && e.text().equals("Vellano Digitale"));
  }
}
