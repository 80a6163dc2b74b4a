package eu.intercluster.extraction;

import java.util.Set;

/**
 * "la Kestrel Robotics Lab di Tampere", "la Fjordvik Design School de Bergen": a name whose head word is English
 * (or German) does not go on with a town joined by an Italian, Spanish or French "di / de": its own language would
 * say "of", so the town tells where the body is and is not part of its name. A shared English and French head
 * ("Centre", "Office") stops only before the Italian "di / da".
 */
final class ForeignHeadTowns {
  private static final Set<String> ENGLISH_HEADS = Words.folded("university", "lab", "laboratory", "laboratories",
      "center", "school", "institute", "research", "district", "hub", "agency", "foundation", "society", "academy",
      "college", "network", "alliance", "valley", "authority", "council", "park", "messe");
  private static final Set<String> ENGLISH_OR_FRENCH_HEADS = Words.folded("centre", "office", "association");
  private static final Set<String> ROMANCE_OF = Words.folded("di", "da", "de", "du", "do", "d'", "d’");
  private static final Set<String> ITALIAN_OF = Words.folded("di", "da");

  private ForeignHeadTowns() {}

  /** Whether the chunk ending before token end stops there: a connector at end and a place at after = end + 1. */
  static boolean townAfter(Doc doc, int end, int after) {
    if (after != end + 1 || after >= doc.tokens.size() || !doc.placeFrom(doc.tokens.get(after).start())) {
      return false;
    }
    String head = Words.f(doc.tokens.get(end - 1));
    String connector = Words.f(doc.tokens.get(end));
    return ENGLISH_HEADS.contains(head) && ROMANCE_OF.contains(connector)
        || ENGLISH_OR_FRENCH_HEADS.contains(head) && ITALIAN_OF.contains(connector);
  }
}
