package eu.intercluster.extraction;

import java.util.Set;

/**
 * A body named after a list of fields runs on across the list's commas: "Ministry of Economy, Trade and Industry",
 * "Dipartimento di Scienze Chimiche, Farmaceutiche ed Agrarie", "Alliance des Minéraux, Matériaux et Céramiques".
 * The chunk must already name a body with a connector ("of", "di", "des"), and every item of the list is one to
 * three capitalised words that start no body, person or known place of their own, so a list of bodies or of places
 * ("Port Authority of Genoa, Savona and Livorno", "Universities of Durham, Leeds and York") is left alone here.
 */
final class CommaListedNames {
  private static final Set<String> AND = Words.CONJUNCTIONS;
  private static final Set<String> PURPOSE = Words.set("for", "per", "pour", "para", "on", "sur");
  /** "Ministerio de Ciencia, Innovación y Universidades": universities as a portfolio. */
  private static final Set<String> PLURAL_UNIVERSITIES = Words.set("universities", "universidades", "universites");
  private static final int MAX_ITEMS = 6;
  private static final int MAX_ITEM_WORDS = 3;

  private CommaListedNames() {}

  /**
   * Where the chunk [from, comma) goes on when the comma at {@code comma} opens a list of fields: the first word of
   * the list's last item, or -1.
   */
  static int lastItem(Doc doc, int from, int comma, int limit) {
    if (!doc.tokens.get(comma).is(",") || PLURAL_UNIVERSITIES.contains(doc.tokens.get(from).folded())
        || !bodyHeadBefore(doc, from, comma) || !connectorBefore(doc, from, comma)
        || !fieldWord(doc, comma - 1)) {
      return -1;
    }
    int k = comma + 1;
    for (int items = 0; items < MAX_ITEMS; items++) {
      int end = item(doc, k, limit);
      if (end < 0 || end >= limit) {
        return -1;
      }
      String f = doc.tokens.get(end).folded();
      if (AND.contains(f)) {
        int last = skipConnectors(doc, end + 1, limit);
        return last < limit && item(doc, last, limit) > last ? last : -1;
      }
      if (!f.equals(",")) {
        return -1;
      }
      k = end + 1;
    }
    return -1;
  }

  /** The end of an item of one to three capitalised field words from k (after connectors), or -1. */
  private static int item(Doc doc, int k, int limit) {
    int i = skipConnectors(doc, k, limit);
    int words = 0;
    while (i < limit && words < MAX_ITEM_WORDS && fieldWord(doc, i)) {
      if (words == 0 && BodyStarts.at(doc, i)) {
        return -1;
      }
      i++;
      words++;
    }
    return words == 0 || i < limit && fieldWord(doc, i) ? -1 : i;
  }

  private static int skipConnectors(Doc doc, int k, int limit) {
    int i = k;
    while (i < limit && i < k + 2) {
      String f = doc.tokens.get(i).folded();
      if (!(Words.CONNECTORS.contains(f) && !AND.contains(f) || Words.ARTICLES.contains(f))) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * A capitalised word that names a field ("Technology", "Universidades"), not the head of a body ("Institute"),
   * a person, an acronym or a known place.
   */
  private static boolean fieldWord(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    return t.isWord() && t.isUpper() && Character.isLetter(t.text().codePointAt(0)) && !Norm.isAcronymLike(t.text())
        && (!BodyStarts.headWord(t.text()) || PLURAL_UNIVERSITIES.contains(t.folded()))
        && !Lexicon.INSTANCE.isGivenName(t.text()) && !doc.coveredBy(t.start(), t.end(), Cand.KNOWN) && !doc.placeFrom(t.start())
        && !DateRecogniser.MONTHS.containsKey(Words.f(t));
  }

  /** "Instituto", "Federazione", "Alliance": a head word of a body other than a company word ("Energy"). */
  private static boolean bodyHeadBefore(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (BodyStarts.headWord(doc.tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean connectorBefore(Doc doc, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String f = doc.tokens.get(k).folded();
      if (Words.CONNECTORS.contains(f) && !AND.contains(f) || PURPOSE.contains(f)) {
        return true;
      }
    }
    return false;
  }
}
