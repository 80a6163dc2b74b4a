package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A person with two surnames is later named by the first one or by both: the same person. Italian surnames may
 * start with a capitalised particle ("Lo Cascio", "Dalla Pozza").
 */
class TwoSurnamesTest {
  @Test
  void anItalianSurnameMayStartWithACapitalisedParticle() {
    ExtractedDocument doc = run("Hanno firmato il rettore Massimo Lo Cascio e la presidente Chiara Dalla Pozza.");
    assertThat(entity(doc, EntityType.PERSON, "Massimo Lo Cascio")).isNotNull();
    assertThat(entity(doc, EntityType.PERSON, "Chiara Dalla Pozza")).isNotNull();
  }

  @Test
  void aSurnameKeepsItsParticleWhenItNamesThePersonAgain() {
    ExtractedDocument doc = run("Ha firmato il presidente Marco Dal Brun. «È un passo importante», ha detto Dal Brun. "
        + "Presente anche Giulia De Luca, direttrice del consorzio. Secondo De Luca il progetto crescerà.");
    assertThat(entity(doc, EntityType.PERSON, "Marco Dal Brun").mentions()).contains("Dal Brun");
    assertThat(entity(doc, EntityType.PERSON, "Giulia De Luca").mentions()).contains("De Luca");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("Luca") || e.text().equals("Brun"));
  }

  @Test
  void theFirstOfTwoSurnamesNamesThePerson() {
    ExtractedDocument doc = run("Firmó el convenio la consejera de Economía, Lucía Garrido Benavente. «Es un paso "
        + "importante para la región», señaló Garrido.");
    assertThat(entity(doc, EntityType.PERSON, "Lucía Garrido Benavente").mentions()).contains("Garrido");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.PERSON && e.text().equals("Garrido"));
  }

  @Test
  void aOneWordPersonAtTheStartOfTheTextHasNoSurnameBeforeIt() {
    Extractor extractor = Extractor.builder().trained(TrainedComponents.RULES)
        .add(new GazetteerEntry("Bianchi", java.util.List.of(), EntityType.PERSON, null, "person-1")).build();
    ExtractedDocument doc = extractor.extract("t", "t.txt", "Bianchi ha firmato l'accordo a Bologna.");
    assertThat(entity(doc, EntityType.PERSON, "Bianchi").externalId()).isEqualTo("person-1");
  }

  @Test
  void aParticleIsNoSurname() {
    ExtractedDocument doc = run("«Siamo soddisfatti», ha detto Martina Dal Prà, presidente del cluster. Dal prossimo anno il premio sarà "
        + "biennale.");
    assertThat(entity(doc, EntityType.PERSON, "Martina Dal Prà").mentions()).doesNotContain("Dal");
  }
}
