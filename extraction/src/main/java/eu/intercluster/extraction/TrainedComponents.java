package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The trained components that can sit on top of the rules, as one variant of the extractor: an entity filter
 * (drops rule organisations and agreements, and their relations) and a relation classifier (keeps, drops and
 * adds relations). Either may be null. {@link #predict} gives the scorer's view of one analysed text.
 */
record TrainedComponents(NerEntityFilter filter, RelationClassifier relations) {
  static final TrainedComponents RULES = new TrainedComponents(null, null);

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

  /** The document this variant outputs for an analysed text, as the JSON tree extract-eval reads. */
  JsonNode predict(NerTraining.Example e) {
    Extractor.Analysis a = e.analysis();
    List<Relation> relations = a.ctx().relations();
    if (this.relations != null) {
      relations = this.relations.decide(a.ctx(), relations);
    }
    List<Entity> entities = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    for (Ent ent : a.ents()) {
      if (filter == null || filter.keep(a.doc(), ent)) {
        entities.add(EntityOutput.of(a.doc(), ent));
        kept.add(ent.id);
      }
    }
    List<Relation> keptRelations = relations.stream()
        .filter(r -> kept.contains(r.arg0()) && kept.contains(r.arg1())).toList();
    AnnotatedText t = e.text();
    return JsonWriter.toTree(new ExtractedDocument(t.name(), t.article().source(), a.doc().lang, a.doc().dateline,
        true, "cross-validation", entities, keptRelations));
  }
}
