package eu.intercluster.extraction;

import java.util.Set;

/**
 * "Sandrine Vallier, directrice générale de Minalogic", "CEO of Brightwave": a one-word name that ends a person's
 * role phrase after "de / di / of" is the organisation the person works for, even when nothing else in the text
 * tells it is a name. Capitalised portfolio and theme words ("Head of Marketing") are not, nor what follows an
 * office holder's title ("ministre de l'Économie", "sindaco di Norcia").
 */
final class RoleTailOrgs {
  private static final Set<String> AFFILIATION = Words.folded("di", "del", "della", "dello", "dell'", "dei", "degli",
      "delle", "de", "du", "des", "d'", "of", "de la", "de l'", "del", "at");
  /** Connectors that join a portfolio's items or purpose, not a name's words: "Economía y Agricultura", "Trade for". */
  private static final Set<String> LIST_WORDS = Words.folded("y", "for", "für");
  private static final Set<String> ARTICLES = Words.folded("the", "la", "le", "l'", "el", "il", "lo");
  private static final String[] NOT_NAMES = {"stop", "portfolio", "role", "title", "demonym", "org", "orglower",
      "unit", "event", "eventnoun", "programme", "programmenoun"};

  /** Office holders whose role names a portfolio or a town, not an employer: "ministre de l'Économie", "sindaco di X". */
  private static final Set<String> OFFICES = Words.folded("ministro", "ministra", "ministre", "minister", "assessore",
      "assessora", "consejero", "consejera", "conseller", "consellera", "conseiller", "conseillère", "councillor",
      "councilor", "secretary", "secretario", "secretaria", "secrétaire", "segretario", "segretaria", "sottosegretario",
      "sottosegretaria", "viceministro", "sindaco", "sindaca", "mayor", "maire", "alcalde", "alcaldesa",
      "commissioner", "commissario", "commissaria", "commissaire", "comisario", "comisaria", "délégué", "delegato");

  private RoleTailOrgs() {}

  /**
   * Whether a weak ORG candidate inside a role phrase is the role's organisation, so it stays: a name that ends the
   * phrase after "de / di / of" ("directrice générale de Minalogic", "chief executive of Dunarea Seed Tech",
   * "directrice générale de Tissages de la Lys"), or after a lower-case word for the kind of body ("de la chaîne Fresh
   * Maruya", "du groupe chimique Sérénys").
   */
  static boolean endsRole(Doc doc, Cand c) {
    int first = doc.tokenAt(c.start);
    int last = doc.tokenAt(c.end - 1);
    if (first < 1 || last < first || !endsARole(doc, c) || !name(doc, first, last)) {
      return false;
    }
    int k = first - 1;
    for (int kinds = 0; kinds < 2 && k > 0 && kindWord(doc.tokens.get(k)); kinds++) {
      k--;
    }
    if (ARTICLES.contains(Words.f(doc.tokens.get(k))) && k > 0) {
      k--;
    }
    return AFFILIATION.contains(Words.f(doc.tokens.get(k)));
  }

  /** A lower-case content word between the connector and the name: "chaîne", "groupe", "chimique", "cooperativa". */
  private static boolean kindWord(Token t) {
    String f = Words.f(t);
    return t.isWord() && Character.isLowerCase(t.text().codePointAt(0)) && !Words.FUNCTION.contains(f)
        && !AFFILIATION.contains(f) && !ARTICLES.contains(f) && !Lexicon.INSTANCE.inFolded("role", f);
  }

  /**
   * Tokens [first, last] are a name: capitalised words, with connectors, articles and "&" between them; no word a
   * role, title, portfolio or stop word, the first no head word of another kind, and not all of them theme terms.
   */
  private static boolean name(Doc doc, int first, int last) {
    Lexicon lex = Lexicon.INSTANCE;
    Token head = doc.tokens.get(first);
    String folded = Words.f(head);
    for (String section : NOT_NAMES) {
      if (lex.inFolded(section, folded)) {
        return false;
      }
    }
    if (!head.isWord() || DateRecogniser.MONTHS.containsKey(folded)) {
      return false;
    }
    boolean plainWord = false;
    for (int k = first; k <= last; k++) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      if (!t.isUpper()) {
        if (!Words.CONNECTORS.contains(f) && !ARTICLES.contains(f) && !t.is("’") && !t.is("'") || LIST_WORDS.contains(f)) {
          return false;
        }
        continue;
      }
      if (lex.inFolded("role", f) || lex.inFolded("title", f) || lex.inFolded("portfolio", f) || lex.inFolded("stop", f)
          || DateRecogniser.MONTHS.containsKey(f)) {
        return false;
      }
      plainWord |= !ThemeRecogniser.isTerm(f);
    }
    return plainWord && !ThemeRecogniser.isTerm(Norm.fold(doc.slice(doc.tokens.get(first).start(),
        doc.tokens.get(last).end())));
  }

  private static boolean endsARole(Doc doc, Cand c) {
    for (Doc.PersonRole r : doc.roles) {
      if (r.role() != null && r.end() == c.end && r.start() < c.start) {
        for (int k = doc.tokenAt(r.start()); k >= 0 && doc.tokens.get(k).end() <= c.start; k++) {
          String w = Words.f(doc.tokens.get(k));
          int dash = w.lastIndexOf('-');
          if (OFFICES.contains(w) || dash > 0 && OFFICES.contains(w.substring(dash + 1))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
