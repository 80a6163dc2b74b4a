package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A type corrector on the rule entities: one averaged perceptron per (rule type, other type) pair says whether the
 * annotators would have written the rule entity's text with the other type ("the Tecnopolo" found as an
 * organisation, annotated as a place). The entity is given the type whose score is highest above the margin; it
 * keeps its occurrences and text and gets a new id after the last rule id of that type. All pairs share one weight
 * table, each feature prefixed with its pair. Features: those of {@link NerEntityFilter}, the other types the
 * recognisers proposed over its occurrences, and the words before and after each occurrence (leave one set out over
 * 529 texts: entity F1 0.700 -> 0.703, up on 20 sets, down on 4; a region acting as its government, "la Toscana
 * ha firmato", against "in Toscana").
 */
final class EntityRetyper {
  /** The confusions the rules make most often on the annotated texts (rule type, annotated type). */
  static final List<EntityType[]> PAIRS = List.of(
      new EntityType[] {EntityType.ORG, EntityType.PLACE},
      new EntityType[] {EntityType.ORG, EntityType.PROGRAMME},
      new EntityType[] {EntityType.ORG, EntityType.PERSON},
      new EntityType[] {EntityType.ORG, EntityType.EVENT},
      new EntityType[] {EntityType.PLACE, EntityType.ORG});
  static final double MARGIN = 0;

  private final Perceptron model;
  private final double margin;
  /** The weights by unprefixed feature, one look-up serving every pair of an entity's type. */
  private final PrefixWeights byFeature;

  EntityRetyper(Perceptron model, double margin) {
    this.model = model;
    this.margin = margin;
    this.byFeature = new PrefixWeights(model.weights());
  }

  static EntityRetyper train(List<NerTraining.Example> texts) {
    Map<String, Double> weights = new TreeMap<>();
    for (EntityType[] pair : PAIRS) {
      List<Perceptron.Example> data = new ArrayList<>();
      for (NerTraining.Example e : texts) {
        for (Ent ent : e.analysis().ents()) {
          if (ent.type == pair[0]) {
            boolean other = NerEntityFilter.annotated(e.text().gold(), pair[1], ent.text)
                && !NerEntityFilter.annotated(e.text().gold(), pair[0], ent.text);
            data.add(new Perceptron.Example(features(pair, e.analysis().doc(), ent), other));
          }
        }
      }
      weights.putAll(Perceptron.train(data, NerTagger.EPOCHS, NerTagger.SEED).weights());
    }
    return new EntityRetyper(new Perceptron(weights), MARGIN);
  }

  Perceptron model() {
    return model;
  }

  /** The new type of a rule entity, or null when it keeps its own (never one linked to the caller's gazetteer). */
  EntityType retype(Doc doc, Ent e) {
    if (e.externalId != null) {
      return null;
    }
    EntityType best = null;
    double bestScore = margin;
    double[] scores = null;
    for (EntityType[] pair : PAIRS) {
      if (pair[0] == e.type) {
        scores = scores != null ? scores : byFeature.scores(unprefixed(doc, e));
        Integer index = byFeature.index(pair[0] + ">" + pair[1]);
        double s = index == null ? 0 : scores[index];
        if (s > bestScore) {
          best = pair[1];
          bestScore = s;
        }
      }
    }
    return best;
  }

  /**
   * The entities, each retyped one replaced by a copy of its new type, or merged into a kept entity of that type with
   * the same text (no second "CIRCUBUILD" beside the programme); renamed maps old ids to new ones.
   */
  List<Ent> apply(Doc doc, List<Ent> ents, Map<String, String> renamed) {
    Map<EntityType, Integer> last = new EnumMap<>(EntityType.class);
    List<EntityType> types = new ArrayList<>(ents.size());
    Map<String, Ent> kept = new HashMap<>();
    for (Ent e : ents) {
      last.merge(e.type, Integer.parseInt(e.id.substring(e.type.idPrefix().length())), Math::max);
      EntityType type = retype(doc, e);
      types.add(type);
      if (type == null) {
        kept.putIfAbsent(e.type + "|" + Norm.fold(e.text), e);
      }
    }
    List<Ent> out = new ArrayList<>(ents.size());
    Map<Ent, Ent> joins = new HashMap<>(); // the analysis's own entities are never changed: a join goes to a copy
    for (int i = 0; i < ents.size(); i++) {
      Ent e = ents.get(i);
      EntityType type = types.get(i);
      if (type == null) {
        out.add(e);
        continue;
      }
      Ent same = kept.get(type + "|" + Norm.fold(e.text));
      if (same != null) {
        Ent joined = joins.computeIfAbsent(same, EntityRetyper::copyOf);
        joined.cands.addAll(e.cands);
        joined.cands.sort(Comparator.comparingInt((Cand c) -> c.start));
        renamed.put(e.id, same.id);
        continue;
      }
      Ent copy = new Ent(type, e.canon);
      copy.cands.addAll(e.cands);
      copy.text = e.text;
      copy.attrs.put("_sub", true); // never taken for the text's main event or project
      if (type == EntityType.PLACE) {
        copy.attrs.put("kind", placeKind(e.text));
      } else if (type == EntityType.EVENT) {
        copy.attrs.put("date", EventAttributes.date(doc, copy));
      }
      copy.id = type.idPrefix() + last.merge(type, 1, Integer::sum);
      renamed.put(e.id, copy.id);
      out.add(copy);
    }
    out.replaceAll(e -> joins.getOrDefault(e, e));
    for (Ent e : out) {
      if (e.type == EntityType.PERSON && !e.attrs.containsKey("role")) {
        Attributes.retypedPerson(doc, e, out);
      }
    }
    if (renamed.values().stream().anyMatch(id -> id.startsWith(EntityType.ORG.idPrefix()))) {
      findOrganisationsAgain(doc, out);
    }
    return out;
  }

  /**
   * A person the rules found no organisation for may now have one: "Lorenzo Gherardini, direttore generale di Toscana
   * Life Sciences" once the retyper made the name an organisation. The person is copied, as the analysis's own
   * entities are never changed.
   */
  private static void findOrganisationsAgain(Doc doc, List<Ent> out) {
    for (int i = 0; i < out.size(); i++) {
      Ent e = out.get(i);
      if (e.type == EntityType.PERSON && e.attrs.get("org") == null) {
        Ent org = Attributes.organisation(doc, e, out);
        if (org != null) {
          Ent copy = copyOf(e);
          copy.attrs.put("org", org.id);
          out.set(i, copy);
        }
      }
    }
  }

  private static Ent copyOf(Ent e) {
    Ent copy = new Ent(e.type, e.canon);
    copy.cands.addAll(e.cands);
    copy.attrs.putAll(e.attrs);
    copy.id = e.id;
    copy.text = e.text;
    copy.externalId = e.externalId;
    return copy;
  }

  /**
   * The other types the recognisers proposed over the entity's occurrences and lost to it: "alt=PLACE=" on the same
   * span, "alt=PLACE~" overlapping it.
   */
  private static Set<String> alternatives(Doc doc, Ent e) {
    Set<String> out = new TreeSet<>();
    for (List<Cand> pool : List.of(doc.cands, doc.nested)) {
      for (Cand x : pool) {
        for (Cand c : e.cands) {
          if (x.type != e.type && x.overlaps(c.start, c.end)) {
            out.add("alt=" + x.type + (x.start == c.start && x.end == c.end ? "=" : "~"));
          }
        }
      }
    }
    return out;
  }

  private static List<String> features(EntityType[] pair, Doc doc, Ent e) {
    return prefixed(pair, unprefixed(doc, e));
  }

  /** The features of an entity, the same for every pair of its type (computed once when it is retyped). */
  private static List<String> unprefixed(Doc doc, Ent e) {
    List<String> out = new ArrayList<>(NerEntityFilter.features(doc, e));
    out.addAll(alternatives(doc, e));
    out.addAll(occurrenceContexts(doc, e));
    return out;
  }

  private static List<String> prefixed(EntityType[] pair, List<String> unprefixed) {
    String p = pair[0] + ">" + pair[1] + ":";
    List<String> out = new ArrayList<>(unprefixed.size());
    for (String f : unprefixed) {
      out.add(p + f);
    }
    return out;
  }

  /**
   * The words before and after every occurrence ("in", "presso il", "à"): a place follows a locative, an
   * organisation acts.
   */
  private static Set<String> occurrenceContexts(Doc doc, Ent e) {
    Set<String> out = new TreeSet<>();
    for (Cand c : e.cands) {
      int before = doc.tokenFrom(c.start) - 1;
      int after = doc.tokenFrom(c.end);
      String w1 = before >= 0 ? doc.tokens.get(before).folded() : "<s>";
      String w2 = before >= 1 ? doc.tokens.get(before - 1).folded() : "<s>";
      out.add("ob=" + w1);
      out.add("ob2=" + w2 + "_" + w1);
      out.add("oa=" + (after < doc.tokens.size() ? doc.tokens.get(after).folded() : "</s>"));
    }
    return out;
  }

  /** A retyped place's kind from a head noun in its name ("Hotel Centar Park": venue), else none. */
  static String placeKind(String text) {
    Lexicon lex = Lexicon.INSTANCE;
    for (String w : Norm.fold(text).split(" ")) {
      if (lex.inFolded("venue", w)) {
        return "venue";
      }
      if (lex.inFolded("infrasite", w)) {
        return "infrastructure";
      }
    }
    return null;
  }
}
