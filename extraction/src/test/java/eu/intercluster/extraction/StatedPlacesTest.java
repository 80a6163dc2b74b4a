package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LOCATED_IN from a seat stated in an apposition, a city set off by commas, and the dateline's city. */
class StatedPlacesTest {
  private static boolean locatedIn(ExtractedDocument doc, EntityType type, String what, String city) {
    return has(doc, "LOCATED_IN", entity(doc, type, what), entity(doc, EntityType.PLACE, city));
  }

  @Test
  void aDescribedOrganisationBasedInACityIsThere() {
    ExtractedDocument doc = run("The delegation met Norvik Marine, the Norwegian cluster based in Ålesund, on Tuesday.");
    assertThat(locatedIn(doc, EntityType.ORG, "Norvik Marine", "Ålesund")).isTrue();
  }

  @Test
  void anAssociationWithItsSeatInACityIsThere() {
    ExtractedDocument doc = run("Il Cluster Nautico Ligure è un'associazione senza scopo di lucro con sede a Genova.");
    assertThat(locatedIn(doc, EntityType.ORG, "Cluster Nautico Ligure", "Genova")).isTrue();
  }

  @Test
  void aCitySetOffByCommasAfterAnOrganisationPlacesIt() {
    ExtractedDocument doc = run("La délégation a visité le centre technique Textilab, à Roubaix, pour rencontrer les "
        + "chercheurs.");
    assertThat(locatedIn(doc, EntityType.ORG, "Textilab", "Roubaix")).isTrue();
  }

  @Test
  void aVenueOfTheLeadIsInTheDatelinesCity() {
    ExtractedDocument doc = run("Verona, 3 marzo 2027 – È stato firmato oggi a Palazzo Torreggiani l'accordo tra le "
        + "due regioni.");
    assertThat(locatedIn(doc, EntityType.PLACE, "Palazzo Torreggiani", "Verona")).isTrue();
  }
}
