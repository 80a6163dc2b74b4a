package eu.intercluster.extraction;

import java.util.Set;

/**
 * "Lanificio Bardi di Prato", "Celtic Composites of Newport", "la Fondazione Edmund Mach di San Michele": a body
 * with a name of its own (two or more capitalised words without connectors, none of them an organisation, venue,
 * site or event head word, "Fiera Verde di Bari" being a fair's name; or a head word and a person's name), the last
 * no Italian adjective, does not go on with a town joined by "di / of" (not an elided "d’", "Val d’Ayas"): the town
 * says where it is (guide: a town is no part of a company's name), while "Università di Pisa", "Comune di Bergamo"
 * or "Polo Universitario di Savona", a head word or an adjective before its town, stay whole.
 */
final class NamedBodyTowns {
  /** Italian and English only: a Spanish or French "de" joins too many names ("Grand Port Maritime de Marseille"). */
  private static final Set<String> TOWN_OF = Words.set("di", "of");
  /** Italian adjective endings: "Polo Universitario di Savona", "Teatro Comunale di Vicenza" name their town. */
  private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
      ".*(ale|ali|ari[oa]|ic[oa]|ic[ih]e?|il[ei]|an[oa])");
  /** First words of the multi-word head phrases, "Camera" of "Camera di Commercio". */
  private static final Set<String> PHRASE_HEADS = Lexicon.INSTANCE.firstWords("org");

  private NamedBodyTowns() {}

  /** Whether the chunk [from, end) stops before its connector at end and the town at after = end + 1. */
  static boolean townAfter(Doc doc, Lexicon lex, int from, int end, int after) {
    if (after != end + 1 || after >= doc.tokens.size() || end - from < 2
        || !TOWN_OF.contains(Words.f(doc.tokens.get(end))) || !townAt(doc, doc.tokens.get(after).start())) {
      return false;
    }
    boolean head = false;
    boolean person = false;
    for (int k = from; k < end; k++) {
      Token t = doc.tokens.get(k);
      if (!t.isWord() || Words.CONNECTORS.contains(Words.f(t)) || !t.isUpper() || lex.inSection("venue", t.text())
          || lex.inSection("infrasite", t.text()) || lex.inSection("event", t.text())) {
        return false;
      }
      head |= isHead(lex, t.text());
      person |= k > from && k + 1 < end && lex.isGivenName(t.text()) && doc.tokens.get(k + 1).isUpper();
    }
    String last = Words.f(doc.tokens.get(end - 1));
    return (!head || person && isHead(lex, doc.tokens.get(from).text())) && !ADJECTIVE.matcher(last).matches();
  }

  private static boolean isHead(Lexicon lex, String word) {
    return lex.inSection("org", word) || PHRASE_HEADS.contains(Norm.fold(word));
  }

  private static boolean townAt(Doc doc, int start) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.start == start && "city".equals(c.kind)) {
        return true;
      }
    }
    return false;
  }
}
