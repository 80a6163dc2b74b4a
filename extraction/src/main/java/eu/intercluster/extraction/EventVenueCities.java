package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An event located both at a venue and in a city is located at the venue only, and the venue in the city (the guide:
 * "the forum took place at Villa Norese in Asti" gives event → venue and venue → city, not event → city).
 */
final class EventVenueCities {
  private static final Set<String> SITES = Words.set("venue", "building", "infrastructure", "site");

  private EventVenueCities() {}

  static void extract(RelationContext ctx) {
    for (Ent event : ctx.ents) {
      if (event.type != EntityType.EVENT) {
        continue;
      }
      List<Ent> venues = new ArrayList<>();
      List<Ent> cities = new ArrayList<>();
      for (Ent place : ctx.ents) {
        if (place.type != EntityType.PLACE || !ctx.has("LOCATED_IN", event, place)) {
          continue;
        }
        if (SITES.contains(place.attrs.get("kind"))) {
          venues.add(place);
        } else if ("city".equals(place.attrs.get("kind"))) {
          cities.add(place);
        }
      }
      if (venues.isEmpty()) {
        continue;
      }
      for (Ent city : cities) {
        ctx.remove("LOCATED_IN", event, city);
        if (venues.size() == 1 && !ctx.hasFirst("LOCATED_IN", venues.get(0))) {
          ctx.add("LOCATED_IN", venues.get(0), city, null);
        }
      }
    }
  }
}
