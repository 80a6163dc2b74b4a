package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trained components that sit on top of the rules: an entity filter (drops rule organisations and
 * agreements, with their relations and the person links to them; never one linked to the caller's gazetteer) and a
 * relation classifier (adds relations).
 * Either may be null. {@link #apply} turns the rules' analysis of a text into the output entities and relations.
 */
record TrainedComponents(NerEntityFilter filter, RelationClassifier relations) {
  static final TrainedComponents RULES = new TrainedComponents(null, null);

  /** What the extractor outputs for a text. */
  record Output(List<Entity> entities, List<Relation> relations) {}

  /** Both components trained on the same texts; analyses come from the rules alone. */
  static TrainedComponents train(List<NerTraining.Example> texts) {
    return new TrainedComponents(NerEntityFilter.train(texts), new RelationClassifier(ModelTrainer.train(texts)));
  }

  TrainedComponents withoutFilter() {
    return new TrainedComponents(null, relations);
  }

  TrainedComponents withoutRelations() {
    return new TrainedComponents(filter, null);
  }

  Output apply(Extractor.Analysis a) {
    List<Relation> proposed = a.ctx().relations();
    if (relations != null) {
      proposed = relations.decide(a.ctx(), proposed);
    }
    Set<String> kept = new HashSet<>();
    for (Ent ent : a.ents()) {
      if (filter == null || ent.externalId != null || filter.keep(a.doc(), ent)) {
        kept.add(ent.id);
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Ent ent : a.ents()) {
      if (kept.contains(ent.id)) {
        entities.add(withoutDroppedOrg(EntityOutput.of(a.doc(), ent), kept));
      }
    }
    List<Relation> out = proposed.stream().filter(r -> kept.contains(r.arg0()) && kept.contains(r.arg1())).toList();
    return new Output(entities, out);
  }

  private static Entity withoutDroppedOrg(Entity e, Set<String> kept) {
    Object org = e.attribute("org");
    if (org == null || kept.contains(org.toString())) {
      return e;
    }
    Map<String, Object> attributes = new LinkedHashMap<>(e.attributes());
    attributes.put("org", null);
    return new Entity(e.id(), e.type(), e.text(), e.mentions(), attributes, e.occurrences(), e.externalId());
  }

  /** The document this variant outputs for an analysed text, as the JSON tree extract-eval reads. */
  JsonNode predict(NerTraining.Example e) {
    Extractor.Analysis a = e.analysis();
    Output o = apply(a);
    AnnotatedText t = e.text();
    return JsonWriter.toTree(new ExtractedDocument(t.name(), t.article().source(), a.doc().lang, a.doc().dateline,
        true, "cross-validation", o.entities(), o.relations()));
  }
}
