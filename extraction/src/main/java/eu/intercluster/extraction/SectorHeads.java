package eu.intercluster.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sector noun right before a theme belongs to it, as annotators mark it: "settore agroalimentare", "filiera del
 * legno", "sector agroalimentario", "filière hydrogène", "industria dei semiconduttori", "industrie
 * pharmaceutique". Plural nouns introduce lists ("i settori aerospazio e difesa") and stay out.
 */
final class SectorHeads {
  private static final Pattern HEAD = Pattern.compile("(?iu)\\b(?:settore|filiera|comparto|industria|sector|secteur"
      + "|filière|industrie)\\s+(?:(?:del|della|dello|dei|degli|delle|dell['’]|de la|de l['’]|de|du|des)\\s*)?$");
  private static final int WINDOW = 30;

  private SectorHeads() {}

  /** The start of the theme with its sector noun, or start; never before the offset previous. */
  static int start(Doc doc, int start, int previous) {
    int from = Math.max(previous, start - WINDOW);
    Matcher m = HEAD.matcher(doc.text).region(from, start);
    if (m.find() && doc.sentenceAt(m.start()) == doc.sentenceAt(start)) {
      return m.start();
    }
    return start;
  }
}
