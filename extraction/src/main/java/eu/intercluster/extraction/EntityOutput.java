package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a grouped entity into the public record with exactly the schema's fields for its type. */
final class EntityOutput {
  private static final Map<EntityType, List<String>> FIELDS = Map.of(
      EntityType.ORG, List.of("kind"),
      EntityType.PERSON, List.of("role", "org"),
      EntityType.PLACE, List.of("kind"),
      EntityType.EVENT, List.of("kind", "date"),
      EntityType.AGREEMENT, List.of("kind", "duration", "status", "date"),
      EntityType.THEME, List.of("norm"),
      EntityType.PROGRAMME, List.of("kind"));
  private static final List<String> OPTIONAL = List.of("duration", "count", "edition", "amount", "unresolved");

  private EntityOutput() {}

  static Entity of(Doc doc, Ent e) {
    Set<String> seen = new LinkedHashSet<>();
    seen.add(Norm.surface(e.text));
    List<String> mentions = new ArrayList<>();
    List<Mention> occurrences = new ArrayList<>();
    for (Cand c : e.cands) {
      String s = doc.slice(c.start, c.end);
      occurrences.add(new Mention(s, c.start, c.end));
      if (!c.reference && seen.add(Norm.surface(s))) {
        mentions.add(s);
      }
    }
    Map<String, Object> attrs = new LinkedHashMap<>();
    for (String f : FIELDS.get(e.type)) {
      attrs.put(f, e.attrs.get(f));
    }
    for (String f : OPTIONAL) {
      if (!attrs.containsKey(f) && e.attrs.get(f) != null) {
        attrs.put(f, e.attrs.get(f));
      }
    }
    return new Entity(e.id, e.type, e.text, mentions, attrs, occurrences, e.externalId);
  }
}
