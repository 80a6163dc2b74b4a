package eu.intercluster.extraction;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ceremony of one text is one event: "il taglio del nastro" and "la cerimonia" of one inauguration are annotated as
 * one entity (in all 11 annotated texts where the rules made both; 10 name it by either, 1 by "cerimonia" only), and so
 * are "l'inaugurazione" and "la cerimonia di inaugurazione". The ceremony nouns join the text's one named award ("la
 * cerimonia di premiazione" of the "Premio X"); without one, they join the first sub-event among them ("taglio del
 * nastro"), else the first of them, which names the event. The ceremony is then the occasion itself, not a part of
 * another one.
 */
final class EventCeremonies {
  private static final Pattern INAUGURATION = Pattern.compile("^(?:inaugurazione|inauguration|inauguracion)$");
  private static final Pattern AWARD = Pattern.compile("(?:^|\\s)(?:premio|premi|premios|prize|prizes|award|awards|prix"
      + "|trophee|trophees|trophy|trofeo)(?:$|\\s)");

  private EventCeremonies() {}

  static void join(Doc doc) {
    Cand target = award(doc);
    for (Cand c : doc.cands) {
      if (target != null && !ceremony(doc, target) || !ceremony(doc, c)) {
        continue;
      }
      boolean sub = c.attrs.containsKey("_sub");
      boolean targetSub = target != null && target.attrs.containsKey("_sub");
      if (target == null || sub && !targetSub || sub == targetSub && c.start < target.start) {
        target = c;
      }
    }
    if (target == null) {
      return;
    }
    boolean joined = false;
    for (Cand c : doc.cands) {
      if (ceremony(doc, c) && !c.canon.equals(target.canon) && (ceremony(doc, target) || !inauguration(doc, c))) {
        c.canon = target.canon;
        c.generic = true;
        joined = true;
      }
    }
    if (joined) {
      for (Cand c : doc.cands) {
        if (c.canon.equals(target.canon)) {
          c.attrs.remove("_sub");
        }
      }
    }
  }

  /** The text's one named award or prize ("Premio Brenta Innovazione"), else null. */
  private static Cand award(Doc doc) {
    Set<String> canons = new HashSet<>();
    Cand award = null;
    for (Cand c : doc.cands) {
      if (c.type == EntityType.EVENT && "ceremony".equals(c.kind) && !c.generic && !c.attrs.containsKey("_sub")
          && Character.isUpperCase(doc.text.charAt(c.start))
          && AWARD.matcher(doc.folded(c.start, c.end)).find()) {
        canons.add(c.canon);
        award = award == null ? c : award;
      }
    }
    return canons.size() == 1 ? award : null;
  }

  private static boolean inauguration(Doc doc, Cand c) {
    return doc.folded(c.start, c.end).contains("inaugura");
  }

  private static boolean ceremony(Doc doc, Cand c) {
    return c.type == EntityType.EVENT && "ceremony".equals(c.kind) && (c.attrs.containsKey("_sub")
        || c.canon.startsWith("event:own:")
        || c.generic && INAUGURATION.matcher(doc.folded(c.start, c.end)).matches());
  }
}
