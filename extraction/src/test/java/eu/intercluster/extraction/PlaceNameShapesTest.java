package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Unknown town names after a locative are places: a hyphenated name with lower-case particles ("Romilly-sur-Seine",
 * "Louvain-la-Neuve") is not an acronym-like name, and the Italian "ad" before a vowel is the locative "a".
 */
class PlaceNameShapesTest {
  @Test
  void aHyphenatedTownWithLowerCaseParticlesIsAPlace() {
    ExtractedDocument doc = run("Le salon se tient à Marcilly-sur-Vorne le 4 mai.");
    assertThat(entity(doc, EntityType.PLACE, "Marcilly-sur-Vorne").attribute("kind")).isEqualTo("city");
    assertThat(Norm.isAcronymLike("Marcilly-sur-Vorne")).isFalse();
    assertThat(Norm.isAcronymLike("Clust-ER")).isTrue();
    assertThat(Norm.isAcronymLike("Art-Er")).isTrue();
  }

  @Test
  void theItalianAdBeforeAVowelIsALocative() {
    ExtractedDocument doc = run("Il convegno si è svolto ad Orvella il 12 marzo.");
    entity(doc, EntityType.PLACE, "Orvella");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.ORG);
  }
}
