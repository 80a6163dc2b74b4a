package eu.intercluster.extraction;

import java.util.List;

/**
 * A name the caller already knows (for example from the ecosystem map): canonical name, aliases, type,
 * optional kind, and an opaque external id that extracted entities linked to it carry back.
 */
public record GazetteerEntry(String name, List<String> aliases, EntityType type, String kind, String externalId) {
  public GazetteerEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("gazetteer entry needs a name");
    }
    if (type == null) {
      throw new IllegalArgumentException("gazetteer entry needs a type: " + name);
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public static GazetteerEntry of(String name, EntityType type, String externalId, String... aliases) {
    return new GazetteerEntry(name, List.of(aliases), type, null, externalId);
  }
}
