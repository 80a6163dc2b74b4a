package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * A span classifier over the rule entities: an averaged perceptron, trained on annotated texts, that says whether
 * a rule entity of the types it decides on (type and canonical text) is one the annotators would have written;
 * one below the margin is dropped. Three are trained: one on organisations and agreements, one on themes, one on
 * events. Its features describe how the rules found the entity: type, kind, recogniser priority and grouping key,
 * the number of occurrences and words, the shape and the first and last words of its text, connectors inside it, the
 * type of a shorter name it ends with, the language, the words around its first occurrence and whether that lies in a
 * role phrase; for a theme also its rule carriers and its sentence ({@link ThemeFilterFeatures}), for an event whether
 * it is the main one and what the rules attached to it ({@link EventFilterFeatures}).
 */
final class NerEntityFilter {
  /**
   * The types the first filter decides on. Cross-validated per type (81 texts), a filter lifted ORG and
   * AGREEMENT and cost THEME, EVENT and PROGRAMME at margin 0.
   */
  static final Set<EntityType> TYPES = EnumSet.of(EntityType.ORG, EntityType.AGREEMENT);

  /**
   * An entity is dropped only when its score is below this margin: cross-validated over 299 texts, -2 keeps the
   * micro figures of 0 (entity F1 0.663 against 0.661) and costs the seeds less (0.945 against 0.925).
   */
  static final double DROP_BELOW = -2;

  /**
   * The type the second filter decides on and its margin: cross-validated over 389 texts, themes below -6 lift
   * the micro figures (rules + first filter + retyper + relation classifier) from 0.666 / 0.259 to 0.674 / 0.263,
   * seeds 0.945 / 0.884 -> 0.937 / 0.874; -4 gives the same entity F1 and costs the seeds more (0.933 / 0.870).
   * Adding PROGRAMME (+0.001) costs the seeds 0.012, EVENT drops main events with their relations, PLACE gains
   * nothing (docs/benchmarks/extraction.md).
   */
  static final Set<EntityType> THEME_TYPES = EnumSet.of(EntityType.THEME);
  static final double THEME_DROP_BELOW = -6;

  /**
   * The type the third filter decides on (with {@link EventFilterFeatures}, without the words before and after the
   * first occurrence) and its margin; the text's main event is never dropped. Five folds over 789 texts (shipped):
   * EVENT 1,362 / 594 -> 1,343 / 514 right / wrong at -5, 1,328 / 487 at -3 (same F1), the seeds' events all kept. With
   * the words around it the filter learnt "di" before an event as a sign of a wrong one and dropped the seeds' b2b
   * sub-event "serie di incontri individuali" (-5.7).
   */
  static final Set<EntityType> EVENT_TYPES = EnumSet.of(EntityType.EVENT);
  static final double EVENT_DROP_BELOW = -5;

  /**
   * The filters are bagged: each trained five times, each time without one fifth of the texts (contiguous, so
   * mostly whole sets), their weights averaged. A feature only one set's annotators teach then weighs less:
   * leave-one-set-out over 509 texts the micro figures hold (0.694 / 0.297 with the rules of 2905811) and the
   * seeds, never trained on, rise from 0.917 / 0.812 to 0.933 / 0.829 (10 bags: the same).
   */
  static final int BAGS = 5;

  private final Perceptron model;
  private final Set<EntityType> types;
  private final double dropBelow;

  /** The first filter (organisations and agreements). */
  NerEntityFilter(Perceptron model) {
    this(model, TYPES, DROP_BELOW);
  }

  NerEntityFilter(Perceptron model, Set<EntityType> types, double dropBelow) {
    this.model = model;
    this.types = types;
    this.dropBelow = dropBelow;
  }

  static NerEntityFilter train(List<NerTraining.Example> examples) {
    return train(examples, TYPES, DROP_BELOW);
  }

  static NerEntityFilter train(List<NerTraining.Example> examples, Set<EntityType> types, double dropBelow) {
    List<List<Perceptron.Example>> data = new ArrayList<>();
    for (NerTraining.Example e : examples) {
      List<Perceptron.Example> text = new ArrayList<>();
      for (Ent ent : e.analysis().ents()) {
        if (types.contains(ent.type)) {
          text.add(new Perceptron.Example(features(e.analysis(), ent), annotated(e.text().gold(), ent)));
        }
      }
      data.add(text);
    }
    return new NerEntityFilter(Perceptron.trainBagged(data, BAGS, NerTagger.EPOCHS, NerTagger.SEED), types,
        dropBelow);
  }

  Perceptron model() {
    return model;
  }

  boolean keep(Doc doc, Ent e) {
    return !types.contains(e.type) || model.score(features(doc, e)) > dropBelow;
  }

  /** As {@link #keep(Doc, Ent)}, a theme also judged by what the rules attached it to ({@link ThemeFilterFeatures}). */
  boolean keep(Extractor.Analysis a, Ent e) {
    return !types.contains(e.type) || model.score(features(a, e)) > dropBelow;
  }

  /** The entities to keep, renumbered per type in their order (O1, O2, ...) as the assembler numbers them. */
  List<Ent> keep(Doc doc, List<Ent> ents) {
    List<Ent> out = new ArrayList<>();
    int[] counters = new int[EntityType.values().length];
    for (Ent e : ents) {
      if (keep(doc, e)) {
        e.id = e.type.idPrefix() + ++counters[e.type.ordinal()];
        out.add(e);
      }
    }
    return out;
  }

  /** True when the gold holds an entity of the same type with this text or mention. */
  static boolean annotated(JsonNode gold, Ent e) {
    return annotated(gold, e.type, e.text);
  }

  /** True when the gold holds an entity of the type with this text or mention (normalised surfaces). */
  static boolean annotated(JsonNode gold, EntityType type, String text) {
    String surface = Norm.surface(text);
    for (JsonNode g : gold.path("entities")) {
      if (type.name().equals(g.path("type").asText())) {
        if (Norm.surface(g.path("text").asText()).equals(surface)) {
          return true;
        }
        for (JsonNode m : g.path("mentions")) {
          if (Norm.surface(m.asText()).equals(surface)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The span's features, and for a theme those of its carriers and sentence ({@link ThemeFilterFeatures}). */
  static List<String> features(Extractor.Analysis a, Ent e) {
    boolean event = e.type == EntityType.EVENT;
    List<String> f = features(a.doc(), e, !event);
    if (e.type == EntityType.THEME) {
      f.addAll(ThemeFilterFeatures.of(a, e));
    } else if (event) {
      f.addAll(EventFilterFeatures.of(a, e));
    }
    return f;
  }

  static List<String> features(Doc doc, Ent e) {
    return features(doc, e, true);
  }

  /** wordsAround: the words right before and after the first occurrence (the event filter goes without them). */
  private static List<String> features(Doc doc, Ent e, boolean wordsAround) {
    String t = e.type.name() + "|";
    String[] words = e.text.toLowerCase(Locale.ROOT).split("[\\s\\u00A0]+");
    int maxPrio = 0;
    boolean generic = true;
    boolean sentenceStart = false;
    for (Cand c : e.cands) {
      maxPrio = Math.max(maxPrio, c.prio);
      generic &= c.generic;
      sentenceStart |= doc.sentence(doc.sentenceAt(c.start)).start() == c.start;
    }
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("t=" + e.type);
    f.add("k=" + t + e.attrs.get("kind"));
    f.add("prio=" + t + maxPrio);
    f.add("canon=" + t + (e.canon.contains(":") ? e.canon.substring(0, e.canon.indexOf(':')) : "-"));
    if (e.type == EntityType.THEME) {
      f.add("via=" + t + via(e.canon));
    }
    f.add("n=" + t + Math.min(e.cands.size(), 3));
    f.add("words=" + t + Math.min(words.length, 6));
    f.add("sh=" + t + shape(e.text));
    f.add("first=" + t + words[0]);
    f.add("last=" + t + words[words.length - 1]);
    f.add("generic=" + t + generic);
    f.add("sentenceStart=" + t + sentenceStart);
    f.add("lower=" + t + !Norm.isUpperStart(e.text));
    f.add("lang=" + t + doc.lang);
    Cand first = e.cands.get(0);
    int before = doc.tokenFrom(first.start) - 1;
    int after = doc.tokenFrom(first.end);
    if (wordsAround) {
      f.add("before=" + t + (before >= 0 ? doc.tokens.get(before).folded() : "<s>"));
      f.add("after=" + t + (after < doc.tokens.size() ? doc.tokens.get(after).folded() : "</s>"));
    }
    f.add("inRole=" + t + doc.inRole(first.start, first.end));
    for (String w : words) {
      if (Words.CONNECTORS.contains(w)) {
        f.add("connector=" + t + w);
      }
    }
    for (Cand n : doc.nested) {
      if (n.type != e.type && e.cands.get(0).start < n.start && n.end == e.cands.get(0).end) {
        f.add("endsWith=" + t + n.type);
      }
    }
    return f;
  }

  /** Which rule found a theme: its label for a vocabulary term, else "list", "topic", "cue" ... */
  private static String via(String canon) {
    String rest = canon.substring(canon.indexOf(':') + 1);
    return rest.contains("#") ? rest.substring(0, rest.indexOf('#')) : rest;
  }

  private static String shape(String text) {
    String s = NerFeatures.shape(text.replaceAll("\\s+", "_"));
    return s.length() > 12 ? s.substring(0, 12) : s;
  }
}
