package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * A span classifier over the rule entities: an averaged perceptron, trained on annotated texts, that says whether
 * a rule organisation or agreement (type and canonical text) is one the annotators would have written. Its
 * features describe how the rules found the entity: type, kind, recogniser priority and grouping key, the number of
 * occurrences and words, the shape and the first and last words of its text, connectors inside it, the type
 * of a shorter name it ends with, the language, the words around its first occurrence and whether that lies in
 * a role phrase.
 */
final class NerEntityFilter {
  /**
   * The types it decides on; the others are always kept. Cross-validated per type, the filter lifted ORG and
   * AGREEMENT and cost THEME, EVENT and PROGRAMME.
   */
  static final Set<EntityType> TYPES = EnumSet.of(EntityType.ORG, EntityType.AGREEMENT);

  /**
   * An entity is dropped only when its score is below this margin: cross-validated over 299 texts, -2 keeps the
   * micro figures of 0 (entity F1 0.663 against 0.661) and costs the seeds less (0.945 against 0.925).
   */
  static final double DROP_BELOW = -2;

  private final Perceptron model;

  NerEntityFilter(Perceptron model) {
    this.model = model;
  }

  static NerEntityFilter train(List<NerTraining.Example> examples) {
    List<Perceptron.Example> data = new ArrayList<>();
    for (NerTraining.Example e : examples) {
      for (Ent ent : e.analysis().ents()) {
        if (TYPES.contains(ent.type)) {
          data.add(new Perceptron.Example(features(e.analysis().doc(), ent), annotated(e.text().gold(), ent)));
        }
      }
    }
    return new NerEntityFilter(Perceptron.train(data, NerTagger.EPOCHS, NerTagger.SEED));
  }

  Perceptron model() {
    return model;
  }

  boolean keep(Doc doc, Ent e) {
    return !TYPES.contains(e.type) || model.score(features(doc, e)) > DROP_BELOW;
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
    String surface = Norm.surface(e.text);
    for (JsonNode g : gold.path("entities")) {
      if (e.type.name().equals(g.path("type").asText())) {
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

  static List<String> features(Doc doc, Ent e) {
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
    f.add("before=" + t + (before >= 0 ? doc.tokens.get(before).folded() : "<s>"));
    f.add("after=" + t + (after < doc.tokens.size() ? doc.tokens.get(after).folded() : "</s>"));
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

  private static String shape(String text) {
    String s = NerFeatures.shape(text.replaceAll("\\s+", "_"));
    return s.length() > 12 ? s.substring(0, 12) : s;
  }
}
