package eu.intercluster.extraction;

import java.util.Set;

/** Whether a capitalised chunk stands in a role phrase: a role word inside it, right before it, or joined by "of". */
final class RoleContext {
  private final Doc doc;
  private final Lexicon lex = Lexicon.INSTANCE;

  RoleContext(Doc doc) {
    this.doc = doc;
  }

  /** The last role word of the chunk not inside a known name, or -1. */
  int lastRoleWord(int a, int b) {
    int found = -1;
    for (int i = a; i < b; i++) {
      if (lex.inFolded("role", doc.folded(i)) && !doc.coveredBy(doc.tokenStart(i), doc.tokenEnd(i), Cand.KNOWN)) {
        found = i;
      }
    }
    return found;
  }

  /** "SPRI's general director, Ane Etxeberria": a role phrase, a comma, then the name. */
  boolean commaBefore(int a) {
    if (a < 2 || !doc.tokens.get(a - 1).is(",")) {
      return false;
    }
    for (int k = a; k < doc.tokens.size() && doc.tokens.get(k).isWord() && k < a + 5; k++) {
      if (Words.set("y", "e", "et", "and", "&").contains(doc.folded(k))) {
        return false;
      }
    }
    for (int k = a - 2; k >= Math.max(0, a - 10); k--) {
      Token t = doc.tokens.get(k);
      if (t.is(",") || t.is(".") || t.is(";") || t.is("(") || t.is(")")) {
        return false;
      }
      if (lex.inFolded("role", doc.folded(k)) && !t.isUpper() || lex.inFolded("role", doc.folded(k)) && k == a - 2) {
        return true;
      }
      if (t.isUpper() && lex.inSection("org", t.text()) && !roleOfOrganisation(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "il rettore dell'Università X, Name", "the director of the Port of Rotterdam Authority, Name": the organisation
   * word at k belongs to a name that a lower-case role word and "of" introduce.
   */
  private boolean roleOfOrganisation(int k) {
    int j = k - 1;
    while (j >= 1 && (doc.tokens.get(j).isUpper() && doc.tokens.get(j).isWord() || OF.contains(doc.folded(j))
        || Words.ARTICLES.contains(doc.folded(j)))) {
      j--;
    }
    return j >= 0 && j + 1 < k && OF.contains(doc.folded(j + 1)) && !doc.tokens.get(j).isUpper()
        && lex.inFolded("role", doc.folded(j));
  }

  private static final Set<String> OF = Words.set("di", "del", "della", "dell'", "dei", "degli", "delle", "de", "du",
      "des", "d'", "of", "von");

  /**
   * "direttore di Sardegna Ricerche", "CEO of Grand E-nov": a name joined to a role by "of" names the
   * organisation, not the person (a person's name that starts with a known given name is decided before).
   */
  boolean ofBefore(int a) {
    int k = a - 1;
    while (k >= 0 && Words.ARTICLES.contains(doc.folded(k))) {
      k--;
    }
    return k >= 0 && OF.contains(doc.folded(k));
  }

  /** "Dr Femke Nijhuis", "Prof. Hanneke Wolters", "Mme Claire Martin": a title right before the name. */
  private boolean titleBefore(int a) {
    boolean period = a >= 1 && doc.tokens.get(a - 1).is(".");
    int k = period ? a - 2 : a - 1;
    return k >= 0 && doc.tokens.get(k).isWord() && lex.inFolded("title", doc.folded(k))
        && (period || doc.tokens.get(k).isUpper()) && doc.tokens.get(k).end() + (period ? 2 : 1) == doc.tokens.get(a).start();
  }

  /** "la ministra albanese Mirela Kola": a role word (and at most one adjective) right before the name. */
  boolean rightBefore(int a) {
    if (a >= 1 && lex.inFolded("role", doc.folded(a - 1)) || titleBefore(a)) {
      return true;
    }
    return a >= 2 && lex.inFolded("role", doc.folded(a - 2)) && !doc.tokens.get(a - 1).isUpper() && doc.tokens.get(a - 1).isWord();
  }
}
