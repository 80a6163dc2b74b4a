package eu.intercluster.extraction;

/** The rule-based extractor alone (no trained components) and lookups for the rule tests. */
final class RulesOnly {
  private static final Extractor EXTRACTOR = Extractor.builder().trained(TrainedComponents.RULES).build();

  private RulesOnly() {}

  static ExtractedDocument run(String text) {
    return EXTRACTOR.extract("t", "t.txt", text);
  }

  /** The entity of that type and text; fails naming what was found instead. */
  static Entity entity(ExtractedDocument doc, EntityType type, String text) {
    return doc.entities().stream().filter(e -> e.type() == type && e.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " '" + text + "' in " + doc.entities()));
  }

  /** Whether the document holds the relation type(a, b). */
  static boolean has(ExtractedDocument doc, String type, Entity a, Entity b) {
    return doc.relations().stream().anyMatch(r -> r.type().equals(type) && r.arg0().equals(a.id())
        && r.arg1().equals(b.id()));
  }
}
