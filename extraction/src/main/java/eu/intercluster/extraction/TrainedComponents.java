package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trained components that sit on top of the rules: an entity retyper (gives a rule entity the type the
 * annotators would have written, see {@link EntityRetyper}), three entity filters (drop rule organisations and
 * agreements, rule themes, and rule events other than the text's main event or one the retyper made, with their
 * relations and the person links to them; never one linked to the caller's gazetteer), a relation classifier (adds
 * relations) and an entity extender (lengthens an output entity's name, see {@link EntityExtender}).
 * Any may be null. {@link #apply} turns the rules' analysis of a text into the output entities and relations.
 */
record TrainedComponents(NerEntityFilter filter, NerEntityFilter themeFilter, EntityRetyper retyper,
    RelationClassifier relations, EntityExtender extender, NerEntityFilter eventFilter) {
  static final TrainedComponents RULES = new TrainedComponents(null, null, null, null, null, null);

  /** The components without an event filter. */
  TrainedComponents(NerEntityFilter filter, NerEntityFilter themeFilter, EntityRetyper retyper,
      RelationClassifier relations, EntityExtender extender) {
    this(filter, themeFilter, retyper, relations, extender, null);
  }

  /** What the extractor outputs for a text. */
  record Output(List<Entity> entities, List<Relation> relations) {}

  /** All components trained on the same texts; analyses come from the rules alone. */
  static TrainedComponents train(List<NerTraining.Example> texts) {
    return new TrainedComponents(NerEntityFilter.train(texts),
        NerEntityFilter.train(texts, NerEntityFilter.THEME_TYPES, NerEntityFilter.THEME_DROP_BELOW),
        EntityRetyper.train(texts), new RelationClassifier(ModelTrainer.train(texts)), EntityExtender.train(texts),
        NerEntityFilter.train(texts, NerEntityFilter.EVENT_TYPES, NerEntityFilter.EVENT_DROP_BELOW));
  }

  TrainedComponents withoutFilter() {
    return new TrainedComponents(null, themeFilter, retyper, relations, extender, eventFilter);
  }

  TrainedComponents withoutThemeFilter() {
    return new TrainedComponents(filter, null, retyper, relations, extender, eventFilter);
  }

  TrainedComponents withoutRetyper() {
    return new TrainedComponents(filter, themeFilter, null, relations, extender, eventFilter);
  }

  TrainedComponents withoutRelations() {
    return new TrainedComponents(filter, themeFilter, retyper, null, extender, eventFilter);
  }

  TrainedComponents withRelationMargin(double margin) {
    return new TrainedComponents(filter, themeFilter, retyper, relations.withMargin(margin), extender,
        eventFilter);
  }

  TrainedComponents withoutEventFilter() {
    return new TrainedComponents(filter, themeFilter, retyper, relations, extender, null);
  }

  TrainedComponents withoutExtender() {
    return new TrainedComponents(filter, themeFilter, retyper, relations, null, eventFilter);
  }

  Output apply(Extractor.Analysis a) {
    RelationContext ctx = a.ctx();
    List<Relation> proposed = a.ctx().relations();
    Map<String, String> renamed = new HashMap<>();
    List<Ent> ents = retyper == null ? a.ents() : retyper.apply(a.doc(), a.ents(), renamed);
    if (!renamed.isEmpty()) {
      ctx = new RelationContext(a.doc(), ents);
      proposed = fitting(proposed, renamed, ents);
    }
    if (relations != null) {
      proposed = relations.decide(ctx, proposed);
    }
    Set<String> kept = new HashSet<>();
    Set<String> personOrgs = personOrganisations(ctx.ents);
    for (Ent ent : ctx.ents) {
      boolean keep = (filter == null || filter.keep(a.doc(), ent) || personOrgs.contains(ent.id))
          && (themeFilter == null || themeFilter.keep(a, ent))
          && (eventFilter == null || ent == ctx.mainEvent || renamed.containsValue(ent.id) || eventFilter.keep(a, ent));
      if (keep || ent.externalId != null) {
        kept.add(ent.id);
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Ent ent : ctx.ents) {
      if (kept.contains(ent.id)) {
        Ent out = extender == null ? ent : extender.extend(a.doc(), ent, ctx.ents);
        entities.add(withKeptOrg(a.doc(), ent, EntityOutput.of(a.doc(), out), ctx.ents, kept));
      }
    }
    List<Relation> out = proposed.stream().filter(r -> kept.contains(r.arg0()) && kept.contains(r.arg1())).toList();
    return new Output(entities, SigningPlaces.withoutWideAreas(LocationChains.mostSpecific(out), entities));
  }

  /**
   * The acronyms the rules give as a person's organisation ("directora de Proyectos Europeos del CETRA."): the
   * entity filter does not drop them, as the role that names them is strong evidence. A longer name stays the
   * filter's to judge: "directora del área de Internacionalización del IGAPE" names no body "Internacionalización
   * del IGAPE".
   */
  private static Set<String> personOrganisations(List<Ent> ents) {
    Set<String> orgs = new HashSet<>();
    for (Ent e : ents) {
      Object org = e.type == EntityType.PERSON ? e.attrs.get("org") : null;
      if (org != null) {
        orgs.add(org.toString());
      }
    }
    Set<String> out = new HashSet<>();
    for (Ent e : ents) {
      if (orgs.contains(e.id) && Norm.isAcronymLike(e.text)) {
        out.add(e.id);
      }
    }
    return out;
  }

  /** The rule relations with the retyped entities' new ids, those whose arguments still fit the relation type. */
  static List<Relation> fitting(List<Relation> proposed, Map<String, String> renamed, List<Ent> ents) {
    Map<String, EntityType> types = new HashMap<>();
    ents.forEach(e -> types.put(e.id, e.type));
    List<Relation> out = new ArrayList<>();
    for (Relation r : proposed) {
      String a = renamed.getOrDefault(r.arg0(), r.arg0());
      String b = renamed.getOrDefault(r.arg1(), r.arg1());
      Set<EntityType>[] sig = RelationCandidates.SIGNATURES.get(r.type());
      boolean same = a.equals(r.arg0()) && b.equals(r.arg1());
      if (same || sig != null && sig[0].contains(types.get(a)) && sig[1].contains(types.get(b))) {
        out.add(new Relation(r.type(), a, b, r.note()));
      }
    }
    return out;
  }

  /**
   * A person whose organisation a filter dropped gets the organisation the rules find among the kept entities
   * ("directora de Internacionalización del IGAPE": once the wrong "Internacionalización del IGAPE" is dropped, the
   * IGAPE), else none.
   */
  private static Entity withKeptOrg(Doc doc, Ent person, Entity e, List<Ent> ents, Set<String> kept) {
    Object org = e.attribute("org");
    if (org == null || kept.contains(org.toString())) {
      return e;
    }
    Ent other = Attributes.organisation(doc, person, ents.stream().filter(x -> kept.contains(x.id)).toList());
    Map<String, Object> attributes = new LinkedHashMap<>(e.attributes());
    attributes.put("org", other == null ? null : other.id);
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
