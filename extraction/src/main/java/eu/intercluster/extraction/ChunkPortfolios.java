package eu.intercluster.extraction;

import java.util.Set;

/**
 * A chunk that names an office holder's portfolio ("assessore all’Agricoltura", "Councillor for Economic
 * Development of the Tuscany Region"): the office word before it, and where the body after the portfolio starts.
 */
final class ChunkPortfolios {
  private static final Set<String> PORTFOLIO_PREP = Words.set("all'", "alla", "allo", "al", "ai", "agli", "alle",
      "au", "aux", "à", "a", "for", "to", "de", "del", "della", "of", "du", "des", "d'", "di", "per", "pour", "para",
      "en", "in");
  private static final Set<String> PORTFOLIO_ADJ = Words.set("regionale", "regional", "régional", "régionale",
      "comunale", "municipal", "municipale", "provinciale", "provincial", "federale", "federal", "fédéral",
      "nazionale", "national", "délégué", "déléguée", "delegato", "delegata", "delegado", "delegada", "la", "l'",
      "le", "the", "el");

  private final Doc doc;
  private final Lexicon lex = Lexicon.INSTANCE;
  private final ChunkFacts facts;

  ChunkPortfolios(Doc doc, ChunkFacts facts) {
    this.doc = doc;
    this.facts = facts;
  }

  /** Whether the role word at token r is an office that holds a portfolio ("assessore", "minister", "consejero"). */
  boolean isPortfolio(int r) {
    return lex.inFolded("portfolio", doc.folded(r));
  }

  /** "assessore all’Agricoltura", "assessore regionale allo Sviluppo", "assesseure au Développement": the office word before the portfolio, or -1. */
  int wordBefore(int a) {
    if (a < 2 || !PORTFOLIO_PREP.contains(Words.f(doc.tokens.get(a - 1)))) {
      return -1;
    }
    for (int k = a - 2; k >= Math.max(0, a - 5); k--) {
      String w = doc.folded(k);
      if (lex.inFolded("portfolio", w)) {
        // "amministratrice delegata di Nordvik AB" is a company's chief executive, not a delegated portfolio
        return w.startsWith("delegat") && k > 0 && doc.folded(k - 1).startsWith("amministrat") ? -1 : k;
      }
      if (!PORTFOLIO_ADJ.contains(w) && !PORTFOLIO_PREP.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /** "Councillor for Economic Development of the Tuscany Region": the organisation after the portfolio, or -1. */
  int organisation(int from, int b) {
    for (int k = from + 1; k < b; k++) {
      int prev = k - 1;
      while (prev > from && Words.ARTICLES.contains(Words.f(doc.tokens.get(prev)))) {
        prev--;
      }
      if (Words.CONNECTORS.contains(Words.f(doc.tokens.get(prev))) && doc.tokens.get(k).isUpper()
          && facts.strongName(k, b)) {
        return k;
      }
    }
    return facts.strongName(from, b) && facts.cue("org", from, from + 1) != null ? from : -1;
  }
}
