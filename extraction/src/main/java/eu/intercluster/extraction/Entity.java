package eu.intercluster.extraction;

import java.util.List;
import java.util.Map;

/**
 * An extracted entity. {@code attributes} holds the type-specific schema fields in schema order
 * (kind, role, org, date as {@link DateValue}, duration, status, norm, edition, count, unresolved);
 * {@code occurrences} gives every occurrence with offsets; {@code externalId} is the id of the caller
 * gazetteer entry it was linked to, or null.
 */
public record Entity(String id, EntityType type, String text, List<String> mentions, Map<String, Object> attributes,
    List<Mention> occurrences, String externalId) {
  public Entity {
    mentions = List.copyOf(mentions);
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    occurrences = List.copyOf(occurrences);
  }

  /** Attribute value or null. */
  public Object attribute(String name) {
    return attributes.get(name);
  }
}
