package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A press release's section headers name a body without being part of its name (session 16). */
class SectionHeadersTest {
  @Test
  void anAboutSectionIsHeadedByTheBodysName() {
    ExtractedDocument doc = run("Kestrel Dynamics opens a plant in Cluj.\n\nAbout Kestrel Dynamics\nKestrel Dynamics builds robots.");
    entity(doc, EntityType.ORG, "Kestrel Dynamics");
    assertThat(doc.entities()).noneSatisfy(e -> assertThat(e.text()).startsWith("About"));
  }

  @Test
  void aNewsHeaderNamesItsPublisher() {
    ExtractedDocument doc = run("Marlin Institute News\nThe Marlin Institute opens a new laboratory in Turku.");
    assertThat(doc.entities()).noneSatisfy(e -> assertThat(e.text()).endsWith("News"));
  }
}
