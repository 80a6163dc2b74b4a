package eu.intercluster.extraction;

import java.util.Set;

/** "Regione Emilia-Romagna", "Emilia-Romagna Region": the government of a known territory. */
final class GovernmentNames {
  private static final Set<String> REGION_CUES = Words.set("regione", "region", "region", "generalitat", "gobierno",
      "governo", "government", "gouvernement", "provincia", "province", "comunidad", "junta", "land", "stato",
      "state", "republic", "repubblica");

  private GovernmentNames() {}

  static void mark(Doc doc, Cand c) {
    if (c.type != EntityType.ORG) {
      return;
    }
    String text = Norm.fold(doc.slice(c.start, c.end));
    boolean cue = false;
    for (String w : text.split(" ")) {
      cue |= REGION_CUES.contains(w);
    }
    if (!cue) {
      return;
    }
    for (Cand p : doc.cands) {
      boolean territory = p.type == EntityType.PLACE && ("region".equals(p.kind) || "country".equals(p.kind));
      if (territory && p.inside(c.start, c.end)) {
        c.canon = "gov:" + p.placeId;
        c.kind = "government";
        c.generic = false;
        c.prio = Cand.CUE_NAME;
        return;
      }
    }
  }
}
