package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entities (type and canonical text) from the tagger's occurrences, alone or merged with the rule entities.
 * Short forms join the longer name they belong to ("Cossu" joins "Marta Cossu", "CRS4" joins the name it
 * follows in brackets), since the scorer matches entities one to one.
 */
final class NerEntities {
  /** An output entity as the scorer sees it. */
  record Predicted(EntityType type, String text) {}

  /** How the tagger's verdicts change the rule entities. */
  record Merge(boolean add, boolean retype, boolean drop) {}

  private NerEntities() {}

  static List<Predicted> rules(Extractor.Analysis a) {
    List<Predicted> out = new ArrayList<>();
    for (Ent e : a.ents()) {
      out.add(new Predicted(e.type, e.text));
    }
    return out;
  }

  /** The rule entities the filter keeps. */
  static List<Predicted> filtered(Extractor.Analysis a, NerEntityFilter filter) {
    List<Predicted> out = new ArrayList<>();
    for (Ent e : a.ents()) {
      if (filter.keep(a.doc(), e)) {
        out.add(new Predicted(e.type, e.text));
      }
    }
    return out;
  }

  static List<Predicted> tagger(Doc doc, List<NerSpan> spans) {
    return group(doc, spans, List.of());
  }

  /** Rule entities, changed by the tagger as the merge says. */
  static List<Predicted> combine(Extractor.Analysis a, List<NerSpan> spans, Merge merge) {
    List<Predicted> kept = new ArrayList<>();
    for (Ent e : a.ents()) {
      Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
      for (Cand c : e.cands) {
        EntityType t = verdict(c, spans);
        if (t != null) {
          votes.merge(t, 1, Integer::sum);
        }
      }
      if (merge.drop() && votes.isEmpty()) {
        continue;
      }
      EntityType type = e.type;
      if (merge.retype()) {
        for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
          if (v.getKey() != e.type && 2 * v.getValue() > e.cands.size()) {
            type = v.getKey();
          }
        }
      }
      kept.add(new Predicted(type, e.text));
    }
    if (!merge.add()) {
      return distinct(kept);
    }
    List<NerSpan> fresh = new ArrayList<>();
    for (NerSpan s : spans) {
      if (!coveredByRules(a, s)) {
        fresh.add(s);
      }
    }
    List<Predicted> out = new ArrayList<>(kept);
    out.addAll(group(a.doc(), fresh, kept));
    return distinct(out);
  }

  /** Type of the tagger occurrence overlapping the rule occurrence most, or null. */
  private static EntityType verdict(Cand c, List<NerSpan> spans) {
    EntityType best = null;
    int bestOverlap = 0;
    for (NerSpan s : spans) {
      int overlap = Math.min(c.end, s.end()) - Math.max(c.start, s.start());
      if (overlap > bestOverlap) {
        best = s.type();
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static boolean coveredByRules(Extractor.Analysis a, NerSpan s) {
    for (Ent e : a.ents()) {
      for (Cand c : e.cands) {
        if (c.overlaps(s.start(), s.end())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * One entity per distinct (type, surface), the longest first; a surface whose words all occur in a longer
   * entity of the same type (already known or found here), or that stands in brackets right after one, joins it.
   */
  private static List<Predicted> group(Doc doc, List<NerSpan> spans, List<Predicted> known) {
    Map<String, NerSpan> first = new LinkedHashMap<>();
    for (NerSpan s : spans) {
      first.putIfAbsent(s.type() + "|" + Norm.surface(doc.slice(s.start(), s.end())), s);
    }
    List<NerSpan> byLength = new ArrayList<>(first.values());
    byLength.sort((x, y) -> words(doc.slice(y.start(), y.end())).size() - words(doc.slice(x.start(), x.end())).size());
    List<Predicted> longer = new ArrayList<>(known);
    List<Predicted> out = new ArrayList<>();
    for (NerSpan s : byLength) {
      Predicted p = new Predicted(s.type(), doc.slice(s.start(), s.end()));
      if (!joinsLonger(doc, s, p, longer)) {
        out.add(p);
        longer.add(p);
      }
    }
    return out;
  }

  private static boolean joinsLonger(Doc doc, NerSpan s, Predicted p, List<Predicted> longer) {
    Set<String> w = words(p.text());
    String before = doc.slice(Math.max(0, s.start() - 2), s.start());
    for (Predicted l : longer) {
      if (l.type() != p.type()) {
        continue;
      }
      Set<String> lw = words(l.text());
      if (lw.size() > w.size() && lw.containsAll(w)) {
        return true;
      }
      boolean bracketed = before.endsWith("(") && doc.text.lastIndexOf(l.text(), s.start()) >= 0
          && s.start() - doc.text.lastIndexOf(l.text(), s.start()) - l.text().length() <= 2;
      if (bracketed) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String text) {
    return new HashSet<>(Arrays.asList(Norm.fold(text).split("[^\\p{L}\\p{N}]+")));
  }

  private static List<Predicted> distinct(List<Predicted> in) {
    Set<String> seen = new HashSet<>();
    List<Predicted> out = new ArrayList<>();
    for (Predicted p : in) {
      if (seen.add(p.type() + "|" + Norm.surface(p.text()))) {
        out.add(p);
      }
    }
    return out;
  }
}
