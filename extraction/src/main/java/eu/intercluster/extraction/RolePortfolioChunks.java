package eu.intercluster.extraction;

import java.util.Set;

/**
 * "directora de Tecnología Industrial y Servicios de ICEX", "director general de Asuntos Europeos de la Junta de
 * Castilla y León", "head of International Programmes of the Agency": after a role and "de / of", the capitalised
 * words up to the next "de / of" name the person's portfolio, not a body, so the name chunk starts at the body
 * that follows (an organisation head word, an acronym or a known organisation). A company named with its legal
 * form stays whole ("presidente di Aeroporti di Puglia S.p.A.").
 */
final class RolePortfolioChunks {
  private static final Set<String> OF = Words.set("de", "di", "of", "du", "del", "della", "dell'", "des", "d'",
      "dello");
  private static final Set<String> ARTICLES = Words.set("la", "el", "the", "l'", "le", "lo", "il");
  private static final Set<String> AND = Words.CONJUNCTIONS;
  /** Academic offices named after a field: "vicerrectora de Transferencia", "catedrático de Economía Aplicada". */
  private static final Set<String> ACADEMIC_OFFICES = Words.folded("vicerrector", "vicerrectora", "prorettore",
      "prorettrice", "vice-recteur", "vice-rectrice", "catedrático", "catedrática", "rettore", "rector", "rectora");
  /** Offices whose "de / of" names a body: "amministratore delegato di X", "Secretary General of X". */
  private static final Set<String> NOT_PORTFOLIO_OFFICES = Words.folded("delegato", "delegata", "delegate",
      "consigliere", "consigliera", "conseiller", "conseillère", "secretary", "segretario", "segretaria",
      "secrétaire", "secretario", "secretaria");
  private static final int ROLE_WINDOW = 2;
  private static final int LIST_WINDOW = 12;

  private RolePortfolioChunks() {}

  /** Where the body's name starts inside the chunk [from, end): after a role's portfolio, or {@code from}. */
  static int bodyStart(Doc doc, int from, int end) {
    boolean portfolioFirst = afterRole(doc, from) || PortfolioLists.afterOffice(doc, from)
        || PortfolioLists.itemAfterOffice(doc, from);
    if (!portfolioFirst || CompanyNames.endsComplete(doc.slice(doc.tokens.get(from).start(), doc.tokens.get(end - 1).end()))) {
      return from;
    }
    for (int k = from + 1; k < end - 1; k++) {
      Token t = doc.tokens.get(k);
      if (t.isWord() && t.isUpper() && (Norm.isAcronymLike(t.text()) || bodyHead(doc, k))) {
        return from;
      }
      if (!OF.contains(Words.f(t))) {
        continue;
      }
      int o = k + 1;
      if (o < end - 1 && ARTICLES.contains(Words.f(doc.tokens.get(o)))) {
        o++;
      }
      if (o < end && (BodyStarts.at(doc, o) || Norm.isAcronymLike(doc.tokens.get(o).text())
          || doc.coveredBy(doc.tokens.get(o).start(), doc.tokens.get(o).end(), Cand.KNOWN))) {
        return o;
      }
    }
    return from;
  }

  /**
   * Whether the chunk [from, end) names an office holder's portfolio, not a body: "consejero de Economía, Hacienda
   * y Empleo", "Minister for Enterprise, Trade and Employment", "ministre wallon de l’Économie": capitalised words
   * after an office word and "de / of / for", or the further items of such a list, with no body head, acronym,
   * given name, legal form or word a stronger candidate already holds (a person's name, a known or pattern name)
   * among them. A name after the list's last item ("consejero de Economía, Hacienda y Empleo,
   * Luis Ortega") is the office holder, and so is one after ", and".
   */
  static boolean portfolio(Doc doc, int from, int end) {
    for (int k = from; k < end; k++) {
      Token t = doc.tokens.get(k);
      if (t.isWord() && t.isUpper() && (Norm.isAcronymLike(t.text()) || bodyHead(doc, k)
          || Lexicon.INSTANCE.isGivenName(t.text()) || doc.coveredBy(t.start(), t.end(), Cand.PERSON))) {
        return false;
      }
    }
    if (CompanyNames.endsComplete(doc.slice(doc.tokens.get(from).start(), doc.tokens.get(end - 1).end()))) {
      return false;
    }
    boolean afterComma = from > 0 && doc.tokens.get(from - 1).is(",");
    boolean afterCommaAnd = from > 1 && AND.contains(Words.f(doc.tokens.get(from - 1)))
        && doc.tokens.get(from - 2).is(",");
    if (afterComma && !conjunctionAhead(doc, from + 1) || afterCommaAnd) {
      return false;
    }
    for (int k = from - 1, steps = 0; k >= 1 && steps < LIST_WINDOW; steps++, k--) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      if (OF.contains(f) || f.equals("for") || f.equals("per")) {
        return office(doc, k - 1) || k >= 2 && office(doc, k - 2);
      }
      boolean separator = f.equals(",") || AND.contains(f) || ARTICLES.contains(f);
      boolean listed = separator || t.isWord() && t.isUpper() && !Norm.isAcronymLike(t.text()) && !bodyHead(doc, k);
      if (!listed || steps == 0 && !separator || afterComma && AND.contains(f)) {
        return false;
      }
    }
    return false;
  }

  /** "Hacienda y Empleo": the list goes on to its conjunction from token {@code from} on. */
  private static boolean conjunctionAhead(Doc doc, int from) {
    for (int k = from; k < Math.min(doc.tokens.size(), from + LIST_WINDOW); k++) {
      Token t = doc.tokens.get(k);
      if (AND.contains(Words.f(t))) {
        return true;
      }
      if (!t.is(",") && !(t.isWord() && t.isUpper())) {
        return false;
      }
    }
    return false;
  }

  private static boolean office(Doc doc, int k) {
    String w = doc.tokens.get(k).text();
    return Lexicon.INSTANCE.inSection("portfolio", w) && !NOT_PORTFOLIO_OFFICES.contains(Norm.fold(w))
        || ACADEMIC_OFFICES.contains(Norm.fold(w));
  }

  /** The chunk follows "role [adjective] de [article]": "directora de", "director general de la". */
  private static boolean afterRole(Doc doc, int from) {
    if (bodyHead(doc, from) || Norm.isAcronymLike(doc.tokens.get(from).text())) {
      return false;
    }
    int k = from - 1;
    if (k >= 0 && ARTICLES.contains(Words.f(doc.tokens.get(k)))) {
      k--;
    }
    if (k < 1 || !OF.contains(Words.f(doc.tokens.get(k)))) {
      return false;
    }
    for (int r = k - 1; r >= Math.max(0, k - ROLE_WINDOW); r--) {
      String w = doc.tokens.get(r).text();
      if (Lexicon.INSTANCE.inSection("role", w) || Lexicon.INSTANCE.inSection("portfolio", w) || RoleWords.isRole(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean bodyHead(Doc doc, int k) {
    return BodyStarts.headWord(doc.tokens.get(k).text());
  }
}
