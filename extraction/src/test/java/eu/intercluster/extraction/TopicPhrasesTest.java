package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The topic after "on / su / sur / sobre" of joint research and work, and of plural carriers. */
class TopicPhrasesTest {
  @Test
  void aJointLaboratoryOnNamesItsTopic() {
    entity(run("The two universities will set up a joint laboratory on soil microbiomes in 2027."), EntityType.THEME,
        "soil microbiomes");
    entity(run("Las dos regiones crearán un grupo de trabajo sobre gestión forestal y prevención de incendios."),
        EntityType.THEME, "gestión forestal");
  }

  @Test
  void pluralCarriersNameTheirTopicToo() {
    entity(run("Durante la feria se celebraron tres seminarios sobre envases reutilizables."), EntityType.THEME,
        "envases reutilizables");
  }

  @Test
  void aCountAfterSuIsNoTopic() {
    var doc = run("Nel 2025 la giuria ha premiato un progetto su dieci domande presentate.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.THEME),
        () -> "no theme expected in " + doc.entities());
  }

  @Test
  void aRepeatedPrepositionDoesNotOpenTheSecondTopic() {
    entity(run("Un workshop sulla bioinformatica e sulla modellistica del suolo si terrà a Pisa."), EntityType.THEME,
        "modellistica del suolo");
  }

  @Test
  void portantSurIsATopicCue() {
    entity(run("Les deux agences ont signé une convention portant sur la gestion des déchets portuaires."),
        EntityType.THEME, "gestion des déchets portuaires");
  }

  @Test
  void accentedCarrierNounsNameTheirTopic() {
    entity(run("Vellacorp organise un séminaire sur la veille réglementaire."), EntityType.THEME,
        "veille réglementaire");
    entity(run("Vellacorp organizó una sesión sobre compras públicas innovadoras."), EntityType.THEME,
        "compras públicas innovadoras");
  }
}
