package eu.intercluster.extraction;

import java.util.Locale;

/**
 * The business meetings of one text are one event: "incontri B2B", "incontri d'affari" and "incontri bilaterali" in one
 * article are annotated as one entity with the others as its mentions. In the 65 annotated texts where the rules made
 * two or more b2b events, 51 of their 141 matched a gold event, and the gold had 73 b2b events in all. The sub-event
 * nouns of kind b2b join the first of them that says "B2B" (the form the annotators name the event by), else the first.
 */
final class EventB2bSessions {
  private EventB2bSessions() {}

  static void join(Doc doc) {
    Cand target = null;
    for (Cand c : doc.cands) {
      if (!session(c)) {
        continue;
      }
      boolean says = saysB2b(doc, c);
      boolean targetSays = target != null && saysB2b(doc, target);
      if (target == null || says && !targetSays || says == targetSays && c.start < target.start) {
        target = c;
      }
    }
    if (target == null) {
      return;
    }
    for (Cand c : doc.cands) {
      if (session(c) && !c.canon.equals(target.canon)) {
        c.canon = target.canon;
        c.generic = true;
      }
    }
  }

  private static boolean saysB2b(Doc doc, Cand c) {
    return doc.slice(c.start, c.end).toLowerCase(Locale.ROOT).contains("b2b");
  }

  private static boolean session(Cand c) {
    return c.type == EntityType.EVENT && "b2b".equals(c.kind) && c.attrs.containsKey("_sub");
  }
}
