package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** COOPERATES from a verb or noun of working together and its "with" (guide, 4; session 19). */
class CooperationRelationsTest {
  private static boolean cooperates(ExtractedDocument doc, Entity a, Entity b) {
    return has(doc, "COOPERATES", a, b) || has(doc, "COOPERATES", b, a);
  }

  @Test
  void anEnglishSubjectWorksWithItsPartner() {
    ExtractedDocument doc = run("Since 2021 the Vellano Robotics Institute has worked closely with the University of "
        + "Norvalia on service robots for hospitals.");
    assertThat(cooperates(doc, entity(doc, EntityType.ORG, "Vellano Robotics Institute"),
        entity(doc, EntityType.ORG, "University of Norvalia"))).isTrue();
  }

  @Test
  void anItalianSubjectCollaboratesWithEachListedPartner() {
    ExtractedDocument doc = run("Dal 2019 il Consorzio Tessile Brenta collabora stabilmente con il Politecnico di "
        + "Norvalle e con l'Università di Arvena sui filati riciclati.");
    Entity consortium = entity(doc, EntityType.ORG, "Consorzio Tessile Brenta");
    assertThat(cooperates(doc, consortium, entity(doc, EntityType.ORG, "Politecnico di Norvalle"))).isTrue();
    assertThat(cooperates(doc, consortium, entity(doc, EntityType.ORG, "Università di Arvena"))).isTrue();
  }

  @Test
  void aRelativeClauseTurnsThePairRound() {
    ExtractedDocument doc = run("I test si svolgeranno all'Università di Arvena, con cui il Consorzio Tessile Brenta "
        + "collabora da anni.");
    assertThat(cooperates(doc, entity(doc, EntityType.ORG, "Consorzio Tessile Brenta"),
        entity(doc, EntityType.ORG, "Università di Arvena"))).isTrue();
  }

  @Test
  void coOrganisersOfAnEventDoNotCooperate() {
    ExtractedDocument doc = run("The Arvena Textile Cluster organised the workshop in collaboration with the "
        + "University of Norvalia.");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("COOPERATES"));
  }
}
