package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Agreement nouns with modifiers or complements are agreements of their own; more agreement cues. */
class AgreementNamesTest {

  @Test
  void anEnglishModifierMakesANewAgreementAfterAnother() {
    ExtractedDocument doc = run("Valmoro Oy and the City of Kestrel signed a memorandum of understanding on ports. "
        + "Separately, Brisa Tools Ltd signed a five-year supply agreement with Orlen Parts AG.");
    entity(doc, EntityType.AGREEMENT, "memorandum of understanding");
    Entity supply = entity(doc, EntityType.AGREEMENT, "supply agreement");
    assertThat(supply.attribute("duration")).isEqualTo("five-year");
  }

  @Test
  void twoModifiersAndAVerbBeforeThem() {
    ExtractedDocument doc = run("The partners renew research agreement talks. Tarvo AB signed a framework supply "
        + "agreement with Kelda GmbH.");
    entity(doc, EntityType.AGREEMENT, "framework supply agreement");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("renew research agreement"));
  }

  @Test
  void aRomanceComplementAndAnAdjectiveNameTheAgreement() {
    ExtractedDocument doc = run("La società Ferralti Srl ha firmato un accordo di distribuzione con Boralis SpA. "
        + "L'entreprise Lumacor SAS a signé un accord de licence exclusive avec l'Université de Varenne. "
        + "Tralsa SL firmó un contrato de suministro con Orvena SA.");
    entity(doc, EntityType.AGREEMENT, "accordo di distribuzione");
    entity(doc, EntityType.AGREEMENT, "accord de licence exclusive");
    entity(doc, EntityType.AGREEMENT, "contrato de suministro");
  }

  @Test
  void aDurationOrAVerbAfterTheNounIsNotPartOfTheName() {
    ExtractedDocument doc = run("Il Comune di Varlena e Tessiloro Srl hanno firmato una convenzione quinquennale. "
        + "L'accordo implica nuovi investimenti.");
    assertThat(doc.entities()).noneMatch(e -> e.text().contains("quinquennale") || e.text().contains("implica"));
  }

  @Test
  void aBareContractOrAgreementsInGeneralAreNoAgreement() {
    ExtractedDocument doc = run("Brisa Tools won the contract last year. Trade agreements help exporters.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.AGREEMENT);
  }

  @Test
  void lettersDeclarationsTwinningsAndAHeadlineMemorandum() {
    ExtractedDocument doc = run("Memorandum links Vardia and Kelso\n"
        + "The Vardia Cluster and the Kelso Agency signed a memorandum of cooperation on robotics. "
        + "Il Comune di Ostrala ha firmato una lettera di intenti con Belvara Srl. "
        + "Le Département de Varenne et la Ville de Lusa ont signé une déclaration commune.");
    Entity memo = entity(doc, EntityType.AGREEMENT, "memorandum of cooperation");
    assertThat(doc.entities()).filteredOn(e -> e.type() == EntityType.AGREEMENT && e.text().startsWith("Memorandum"))
        .isEmpty();
    entity(doc, EntityType.AGREEMENT, "lettera di intenti");
    entity(doc, EntityType.AGREEMENT, "déclaration commune");
    assertThat(memo.mentions()).isNotNull();
  }
}
