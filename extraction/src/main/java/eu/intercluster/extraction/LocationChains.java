package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    Set<String> links = new HashSet<>();
    for (Relation r : relations) {
      if (r.type().equals(LOCATED_IN)) {
        links.add(r.arg0() + '\u0000' + r.arg1());
      }
    }
    List<Relation> out = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      if (!r.type().equals(LOCATED_IN) || !throughAnother(r, relations, links)) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean throughAnother(Relation r, List<Relation> relations, Set<String> links) {
    for (Relation via : relations) {
      if (via.type().equals(LOCATED_IN) && via.arg0().equals(r.arg0()) && !via.arg1().equals(r.arg1())
          && links.contains(via.arg1() + '\u0000' + r.arg1())) {
        return true;
      }
    }
    return false;
  }
}
