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

  /** Whether a weak ORG candidate inside a role phrase is the role's organisation, so it stays. */
  static boolean endsRole(Doc doc, Cand c) {
    int first = doc.tokenAt(c.start);
    if (first < 1 || first != doc.tokenAt(c.end - 1) || !endsARole(doc, c)) {
      return false;
    }
    int k = first - 1;
    if (ARTICLES.contains(Words.f(doc.tokens.get(k))) && k > 0) {
      k--;
    }
    if (!AFFILIATION.contains(Words.f(doc.tokens.get(k)))) {
      return false;
    }
    Token name = doc.tokens.get(first);
    String folded = Words.f(name);
    Lexicon lex = Lexicon.INSTANCE;
    for (String section : NOT_NAMES) {
      if (lex.inFolded(section, folded)) {
        return false;
      }
    }
    return name.isWord() && !ThemeRecogniser.isTerm(folded) && !DateRecogniser.MONTHS.containsKey(folded);
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
