package eu.intercluster.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import eu.intercluster.extraction.Norm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted documents against gold ones as the corpus README suggests: entities match on type and
 * normalised surface (the prediction's text against the gold text or mentions, one to one), relations on
 * type and matched arguments (MEETS and COOPERATES in either order); plus THEME norm, PERSON role and org,
 * and date accuracy on matched entities.
 */
public final class Scorer {
  static final List<String> TYPES = List.of("ORG", "PERSON", "PLACE", "EVENT", "AGREEMENT", "THEME", "PROGRAMME");
  private static final Set<String> SYMMETRIC = Set.of("MEETS", "COOPERATES");

  final Map<String, Counts> entities = new LinkedHashMap<>();
  final Counts allEntities = new Counts();
  final Counts relations = new Counts();
  final Map<String, Counts> relationsByType = new LinkedHashMap<>();
  final Accuracy themeNorm = new Accuracy();
  final Accuracy personRole = new Accuracy();
  final Accuracy personOrg = new Accuracy();
  final Accuracy dates = new Accuracy();
  final List<String> perDocument = new ArrayList<>();

  public Scorer() {
    for (String t : TYPES) {
      entities.put(t, new Counts());
    }
  }

  public Counts entities(String type) {
    return entities.get(type);
  }

  public Counts allEntities() {
    return allEntities;
  }

  public Counts relations() {
    return relations;
  }

  public Accuracy themeNorm() {
    return themeNorm;
  }

  public Accuracy personRole() {
    return personRole;
  }

  public Accuracy personOrg() {
    return personOrg;
  }

  public Accuracy dates() {
    return dates;
  }

  /** Adds one gold/predicted document pair. */
  public void add(String name, JsonNode gold, JsonNode pred) {
    Counts docEntities = new Counts();
    Map<String, String> predToGold = new HashMap<>();
    Map<String, JsonNode> goldById = new HashMap<>();
    gold.path("entities").forEach(g -> goldById.put(g.path("id").asText(), g));
    for (String type : TYPES) {
      Counts c = new Counts();
      List<JsonNode> golds = ofType(gold, type);
      Set<String> used = new HashSet<>();
      for (JsonNode p : ofType(pred, type)) {
        String surface = Norm.surface(p.path("text").asText());
        JsonNode match = null;
        for (JsonNode g : golds) {
          if (!used.contains(g.path("id").asText()) && surfaces(g).contains(surface)) {
            match = g;
            break;
          }
        }
        if (match == null) {
          c.fp++;
          continue;
        }
        c.tp++;
        used.add(match.path("id").asText());
        predToGold.put(p.path("id").asText(), match.path("id").asText());
        attributes(type, match, p, predToGold);
      }
      c.fn = golds.size() - used.size();
      entities.get(type).add(c);
      docEntities.add(c);
    }
    allEntities.add(docEntities);
    Counts docRelations = relations(gold, pred, predToGold);
    perDocument.add(String.format("%-28s entities F1 %.3f (tp %d fp %d fn %d)  relations F1 %.3f (tp %d fp %d fn %d)",
        name, docEntities.f1(), docEntities.tp, docEntities.fp, docEntities.fn, docRelations.f1(), docRelations.tp,
        docRelations.fp, docRelations.fn));
  }

  private void attributes(String type, JsonNode gold, JsonNode pred, Map<String, String> predToGold) {
    switch (type) {
      case "THEME" -> themeNorm.record(gold.path("norm").asText().equals(pred.path("norm").asText()));
      case "PERSON" -> {
        if (!gold.path("role").isNull() && !gold.path("role").isMissingNode()) {
          String g = Norm.surface(gold.path("role").asText());
          String p = pred.path("role").isNull() ? null : Norm.surface(pred.path("role").asText());
          personRole.record(p != null && !p.isEmpty() && (g.contains(p) || p.contains(g)));
        }
        if (!gold.path("org").isNull() && !gold.path("org").isMissingNode()) {
          String mapped = pred.path("org").isNull() ? null : predToGold.get(pred.path("org").asText());
          personOrg.record(gold.path("org").asText().equals(mapped));
        }
      }
      case "EVENT", "AGREEMENT" -> {
        JsonNode g = gold.path("date");
        if (g.isObject()) {
          JsonNode p = pred.path("date");
          boolean ok;
          if (!g.path("iso").isNull()) {
            ok = p.isObject() && g.path("iso").asText().equals(p.path("iso").asText());
          } else {
            ok = p.isObject() && Norm.surface(g.path("text").asText()).equals(Norm.surface(p.path("text").asText()));
          }
          dates.record(ok);
        }
      }
      default -> { }
    }
  }

  private Counts relations(JsonNode gold, JsonNode pred, Map<String, String> predToGold) {
    Counts c = new Counts();
    List<String> golds = new ArrayList<>();
    gold.path("relations").forEach(r -> golds.add(key(r.path("type").asText(), r.path("args").path(0).asText(),
        r.path("args").path(1).asText())));
    Set<String> used = new HashSet<>();
    for (JsonNode r : pred.path("relations")) {
      String type = r.path("type").asText();
      String a = predToGold.get(r.path("args").path(0).asText());
      String b = predToGold.get(r.path("args").path(1).asText());
      String k = key(type, a, b);
      String rk = key(type, b, a);
      Counts byType = relationsByType.computeIfAbsent(type, t -> new Counts());
      if (a != null && b != null && golds.contains(k) && used.add(k)) {
        c.tp++;
        byType.tp++;
      } else if (a != null && b != null && SYMMETRIC.contains(type) && golds.contains(rk) && used.add(rk)) {
        c.tp++;
        byType.tp++;
      } else {
        c.fp++;
        byType.fp++;
      }
    }
    for (String g : golds) {
      if (!used.contains(g)) {
        c.fn++;
        relationsByType.computeIfAbsent(g.substring(0, g.indexOf('|')), t -> new Counts()).fn++;
      }
    }
    relations.add(c);
    return c;
  }

  private static String key(String type, String a, String b) {
    return type + "|" + a + "|" + b;
  }

  private static List<JsonNode> ofType(JsonNode doc, String type) {
    List<JsonNode> out = new ArrayList<>();
    doc.path("entities").forEach(e -> {
      if (type.equals(e.path("type").asText())) {
        out.add(e);
      }
    });
    return out;
  }

  private static Set<String> surfaces(JsonNode g) {
    Set<String> s = new HashSet<>();
    s.add(Norm.surface(g.path("text").asText()));
    g.path("mentions").forEach(m -> s.add(Norm.surface(m.asText())));
    return s;
  }
}
