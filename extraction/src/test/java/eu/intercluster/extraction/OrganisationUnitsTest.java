package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A department, institute or office written with its university or body, a body described as another's agency or
 * spin-off, and a project's partner, are PART_OF it.
 */
class OrganisationUnitsTest {
  @Test
  void anInstituteOfAUniversityIsPartOfIt() {
    ExtractedDocument doc = run("The keynote was given by the director of the Institute of Marine Robotics of the "
        + "University of Vellano.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Institute of Marine Robotics"),
        entity(doc, EntityType.ORG, "University of Vellano"))).isTrue();
  }

  @Test
  void aUniversitysDepartmentIsPartOfIt() {
    ExtractedDocument doc = run("Researchers from Vellano University's Department of Ocean Engineering presented the "
        + "prototype.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Department of Ocean Engineering"),
        entity(doc, EntityType.ORG, "Vellano University"))).isTrue();
  }

  @Test
  void aPartnerOfAProjectIsPartOfIt() {
    ExtractedDocument doc = run("Nordvik Robotics is a partner of the SEAGRID project, funded by Horizon Europe.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Nordvik Robotics"),
        entity(doc, EntityType.PROGRAMME, "SEAGRID"))).isTrue();
  }

  @Test
  void anAgencyDescribedAsAnothersIsPartOfIt() {
    ExtractedDocument doc = run("The stand was organised by Trade Norvale, the export promotion agency of the Norvale "
        + "Regional Government.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Trade Norvale"),
        entity(doc, EntityType.ORG, "Norvale Regional Government"))).isTrue();
  }

  @Test
  void aSpinOffIsPartOfItsUniversity() {
    ExtractedDocument doc = run("Lumivex S.r.l., spin-off dell'Università di Vellano, ha chiuso un round da 2 milioni.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Lumivex S.r.l."),
        entity(doc, EntityType.ORG, "Università di Vellano"))).isTrue();
  }
  @Test
  void aUnitAfterWhoseIsPartOfTheBodyBeforeIt() {
    ExtractedDocument doc = run("The knowledge partner is Vellano University, whose Institute of Data Science will "
        + "host the pilot.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Institute of Data Science"),
        entity(doc, EntityType.ORG, "Vellano University"))).isTrue();
  }

  @Test
  void aCentreAttachedToAUniversityIsPartOfIt() {
    ExtractedDocument doc = run("Les essais auront lieu au Centre Norvale d'Oenologie, rattaché à l'Université de "
        + "Vellano.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Centre Norvale d'Oenologie"),
        entity(doc, EntityType.ORG, "Université de Vellano"))).isTrue();
  }

  @Test
  void aBodyDescribedAsMemberOfANetworkIsPartOfIt() {
    ExtractedDocument doc = run("La CCI Norvale et la CCI Vellano, membres d'Enterprise Europe Network, organisent la "
        + "convention d'affaires.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "CCI Vellano"),
        entity(doc, EntityType.ORG, "Enterprise Europe Network"))).isTrue();
  }
}
