package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A company's legal form belongs to its name, whole: the tokenizer cuts "A/S" at its slash and "S.à r.l." after
 * its "S"; an abbreviation written with a period keeps it at a sentence end; a town after a legal form is a place.
 */
class LegalFormsTest {
  @Test
  void aSlashedLegalFormIsRejoined() {
    ExtractedDocument doc = run("The partners are Agrivolt and Norvik Robotics A/S, which makes field robots.");
    assertThat(entity(doc, EntityType.ORG, "Norvik Robotics A/S")).isNotNull();
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("S"));
  }

  @Test
  void aLuxembourgLegalFormIsReadWhole() {
    ExtractedDocument doc = run("La start-up Vellatrace S.à r.l., spécialisée dans la santé, a signé la convention.");
    assertThat(entity(doc, EntityType.ORG, "Vellatrace S.à r.l.")).isNotNull();
  }

  @Test
  void anAbbreviatedLegalFormKeepsItsPeriodAtASentenceEnd() {
    ExtractedDocument doc = run("The partners include the Hungarian company Norvalis Kft.\nThe project starts in May. "
        + "The homes are run by Nowa Przystan Sp. z o.o.\nThe work starts in June.");
    assertThat(entity(doc, EntityType.ORG, "Norvalis Kft.")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Nowa Przystan Sp. z o.o.")).isNotNull();
  }

  @Test
  void aTownAfterAGreekOrLebaneseLegalFormIsAPlace() {
    ExtractedDocument doc = run("Il premio è andato a Vellacode SAL di Beirut, che forma programmatori, e a Norvia "
        + "Water IKE di Atene.");
    assertThat(entity(doc, EntityType.ORG, "Vellacode SAL")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Norvia Water IKE")).isNotNull();
    assertThat(entity(doc, EntityType.PLACE, "Beirut")).isNotNull();
  }
}
