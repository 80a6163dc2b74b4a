package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a located thing at its most specific place: where the output says X is in C and C is in B, a link of X to
 * B as well is dropped ("the summit, held at the Kultuurikatel cultural centre in Tallinn": summit in Kultuurikatel,
 * Kultuurikatel in Tallinn, not also the summit in Tallinn; "the Medica fair in Düsseldorf, Germany": the fair in
 * Düsseldorf only). The annotation guide links an event to its venue and the venue to its city once, and a place to
 * the place that holds it, never the whole chain.
 */
final class LocationChains {
  private static final String LOCATED_IN = "LOCATED_IN";

  private LocationChains() {}

  static List<Relation> mostSpecific(List<Relation> relations) {
    Map<String, Set<String>> places = new HashMap<>();
    for (Relation r : relations) {
      if (r.type().equals(LOCATED_IN)) {
        places.computeIfAbsent(r.arg0(), k -> new HashSet<>()).add(r.arg1());
      }
    }
    List<Relation> out = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      if (!r.type().equals(LOCATED_IN) || !throughAnother(r, places)) {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether another place of r's located thing is itself located in r's place. */
  private static boolean throughAnother(Relation r, Map<String, Set<String>> places) {
    for (String via : places.get(r.arg0())) {
      if (!via.equals(r.arg1()) && places.getOrDefault(via, Set.of()).contains(r.arg1())) {
        return true;
      }
    }
    return false;
  }
}
