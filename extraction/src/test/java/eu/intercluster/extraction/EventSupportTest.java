package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who organises an event: a supporting organisation, a future organiser, a body that ran or will hold it. */
class EventSupportTest {
  @Test
  void anOrganisationsSupportForAnEventIsOrganised() {
    ExtractedDocument doc = run("The Baltic Timber Forum took place in Riga, with the support of the Latvian Wood "
        + "Association.");
    assertTrue(has(doc, "ORGANISED", entity(doc, EntityType.ORG, "Latvian Wood Association"),
        entity(doc, EntityType.EVENT, "Baltic Timber Forum")));
    ExtractedDocument it = run("Il Forum Adriatico del Legno si è svolto a Rimini con il sostegno di Confartigianato "
        + "Rimini.");
    assertTrue(has(it, "ORGANISED", entity(it, EntityType.ORG, "Confartigianato Rimini"),
        entity(it, EntityType.EVENT, "Forum Adriatico del Legno")));
  }

  @Test
  void aBodyThatWillHoldOrRanAnEventOrganisesIt() {
    ExtractedDocument doc = run("Next spring the Ostrava Chamber of Commerce will hold a business forum in Brno.");
    assertTrue(has(doc, "ORGANISED", entity(doc, EntityType.ORG, "Ostrava Chamber of Commerce"),
        entity(doc, EntityType.EVENT, "business forum")));
    ExtractedDocument ran = run("Bayern Innovativ ran an online matchmaking session for the applicants.");
    assertTrue(has(ran, "ORGANISED", entity(ran, EntityType.ORG, "Bayern Innovativ"),
        entity(ran, EntityType.EVENT, "online matchmaking session")));
  }
}
