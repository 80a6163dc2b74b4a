package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FundingRelationsTest {
  @Test
  void aFinancerFundsWhatItsSentenceNames() {
    ExtractedDocument doc = run("The Alpine Robotics Forum 2026 was held in Turin and co-financed by the Piedmont "
        + "Chamber of Commerce.");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.EVENT, "Alpine Robotics Forum 2026"),
        entity(doc, EntityType.ORG, "Piedmont Chamber of Commerce"))).isTrue();
  }

  @Test
  void anOrganisationSupportingAnEventOrganisedItAndDoesNotFundIt() {
    ExtractedDocument doc = run("The Alpine Robotics Forum 2026 was held in Turin with the support of the Piedmont "
        + "Chamber of Commerce.");
    Entity forum = entity(doc, EntityType.EVENT, "Alpine Robotics Forum 2026");
    Entity chamber = entity(doc, EntityType.ORG, "Piedmont Chamber of Commerce");
    assertThat(has(doc, "ORGANISED", chamber, forum)).isTrue();
    assertThat(has(doc, "FUNDED_BY", forum, chamber)).isFalse();
  }

  @Test
  void aSupporterInASentenceWithoutWhatItSupportsFundsNothing() {
    ExtractedDocument doc = run("The Alpine Robotics Forum 2026 took place in Turin on 5 March 2026. The regional "
        + "stand was set up with the support of the Piedmont Chamber of Commerce.");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("FUNDED_BY"));
  }

  @Test
  void aProjectNamedAfterAnEventIsWhatTheFundFinances() {
    ExtractedDocument doc = run("The kick-off meeting of AQUALINK, the research project funded by the Interreg "
        + "Euro-MED programme, was held in Valdria on 3 March 2026.");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.PROGRAMME, "AQUALINK"),
        entity(doc, EntityType.PROGRAMME, "Interreg Euro-MED"))).isTrue();
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.EVENT, "kick-off meeting"),
        entity(doc, EntityType.PROGRAMME, "Interreg Euro-MED"))).isFalse();
  }

  @Test
  void aFundingSentenceThatNamesNothingBeforeItsCueFundsTheCompanyTheTextOpensWith() {
    ExtractedDocument doc = run("Kestrel Foods S.r.l. opens a new plant in Valdria\nValdria, 3 March 2026 – Kestrel "
        + "Foods S.r.l., a maker of frozen vegetables, has opened a plant with 80 workers. The investment of 12 million "
        + "euros is co-financed by the Regional Development Fund of Valdria.");
    assertThat(doc.relations()).anySatisfy(r -> {
      assertThat(r.type()).isEqualTo("FUNDED_BY");
      assertThat(r.arg0()).isEqualTo(entity(doc, EntityType.ORG, "Kestrel Foods S.r.l.").id());
    });
  }
  @Test
  void anOrganisationSupportingAnEventWithoutMoneyDoesNotFundIt() {
    ExtractedDocument doc = run("The trade mission to Osaka, from 3 to 6 March 2026, is supported by the Piedmont "
        + "Chamber of Commerce.");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("FUNDED_BY"));
  }

  @Test
  void aBodyThatFundsWithoutInvestingIsNotTheFunderOfTheTextsProject() {
    ExtractedDocument doc = run("The AQUALINK project will build a water testbed in Valdria. The Piedmont Chamber of "
        + "Commerce funds it with 2 million euros.");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("FUNDED_BY"));
  }
  @Test
  void aGrantFundsTheCompanyNamedWithItsLegalFormAfterAHeadingLine() {
    ExtractedDocument doc = run("COMPANIES & MARKETS\n\nKestrel Materials Oy to build a plant in Valdria\nValdria, 3 "
        + "March 2026 – Kestrel Materials Oy will invest 140 million euros in its first plant. The investment is backed "
        + "by a grant from the Valdria Development Agency.");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.ORG, "Kestrel Materials Oy"),
        entity(doc, EntityType.ORG, "Valdria Development Agency"))).isTrue();
  }

  @Test
  void aLoanNamedAsFinancingFundsTheTextsCompany() {
    ExtractedDocument doc = run("Officine Rossi S.p.A. apre un nuovo stabilimento a Valdria\nValdria, 3 marzo 2026 – "
        + "Officine Rossi S.p.A. investirà 20 milioni di euro nel nuovo stabilimento. L'investimento beneficia di un "
        + "finanziamento di Cassa Depositi e Prestiti.");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.ORG, "Officine Rossi S.p.A."),
        entity(doc, EntityType.ORG, "Cassa Depositi e Prestiti"))).isTrue();
  }

  @Test
  void aStructuralFundFinancesTheProgrammeThatChannelsIt() {
    ExtractedDocument doc = run("Il progetto è cofinanziato dal Fondo europeo di sviluppo regionale attraverso il "
        + "Programma Interreg VI-A Italia-Croazia.");
    Entity fund = entity(doc, EntityType.PROGRAMME, "Fondo europeo di sviluppo regionale");
    Entity programme = entity(doc, EntityType.PROGRAMME, "Programma Interreg VI-A Italia-Croazia");
    assertThat(has(doc, "FUNDED_BY", programme, fund)).isTrue();
    assertThat(has(doc, "FUNDED_BY", fund, programme)).isFalse();
  }
}
