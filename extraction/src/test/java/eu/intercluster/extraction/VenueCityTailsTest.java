package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A venue with its own proper name ends before the town that follows it (session 13). */
class VenueCityTailsTest {
  @Test
  void aNamedHotelOrTheatreEndsBeforeItsTown() {
    ExtractedDocument doc = run("Il forum si è svolto al Teatro Morandi di Bergamo con cento imprese.");
    entity(doc, EntityType.PLACE, "Teatro Morandi");
    entity(doc, EntityType.PLACE, "Bergamo");
    ExtractedDocument hotel = run("La delegazione ha incontrato le imprese all'hotel Astoria di Bari.");
    entity(hotel, EntityType.PLACE, "hotel Astoria");
    ExtractedDocument palace = run("Il vertice si è tenuto a Marnate. Il giorno dopo, al Grand Palace di Marnate, la cena.");
    entity(palace, EntityType.PLACE, "Grand Palace");
  }

  @Test
  void aVenueNamedByItsCueWordsKeepsItsTown() {
    ExtractedDocument doc = run("Il convegno si terrà al Palazzo dei Congressi di Bergamo il 3 maggio.");
    assertThat(doc.entities()).anySatisfy(e -> assertThat(e.text()).isEqualTo("Palazzo dei Congressi di Bergamo"));
  }
}
