package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A university's department, faculty or school is PART_OF the university its sentence names or refers to. */
class UniversityUnitsTest {
  @Test
  void aDepartmentNamedInTheUniversitysSentenceIsPartOfIt() {
    ExtractedDocument doc = run("Domani la delegazione visiterà il Politecnico di Vellano, dove il Dipartimento di "
        + "Ingegneria Navale presenterà il laboratorio di prove.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Dipartimento di Ingegneria Navale"),
        entity(doc, EntityType.ORG, "Politecnico di Vellano"))).isTrue();
  }

  @Test
  void aDepartmentOfTheAteneoIsPartOfTheTextsUniversity() {
    ExtractedDocument doc = run("L'Università di Vellano ha firmato un accordo con Lumivex S.r.l.\n\n"
        + "I dati saranno analizzati dal Dipartimento di Scienze Agrarie dell'ateneo.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Dipartimento di Scienze Agrarie"),
        entity(doc, EntityType.ORG, "Università di Vellano"))).isTrue();
  }

  @Test
  void aGovernmentDepartmentIsNoPartOfAUniversity() {
    ExtractedDocument doc = run("The Department for Trade of Norvale and the University of Vellano met in Vellano.");
    assertThat(doc.relations().stream().noneMatch(r -> r.type().equals("PART_OF"))).isTrue();
  }
}
