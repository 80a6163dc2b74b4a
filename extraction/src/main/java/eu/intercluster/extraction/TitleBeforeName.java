package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role phrase written before a person's name: "il presidente della Regione Marco de Santis", "President John
 * Smith", "the Councillor for Research, Anna Verdi", "l'assessore regionale allo sviluppo economico Marco Bellini".
 */
final class TitleBeforeName {
  /** Tokens [from, to) of a role phrase; a span also hides its words from the relation rules. */
  record Phrase(int from, int to, boolean span) {}

  private static final Set<String> COMPLEMENT_JOINS = Words.set("e", "and", "y", "et", "&", "-", "'", "’", "s");
  private static final Set<String> ROLE_LINKS = Words.set("allo", "alla", "al", "ai", "agli", "alle", "per", "for",
      "à", "au", "aux", "a", "para", "pour", "(", ")");
  /** A lower-case adjective or participle between a role word and its complement: "regionale", "delegato", "chargé". */
  private static final Pattern ROLE_MODIFIER = Pattern.compile("\\p{Ll}+(?:ale|ali|al|ico|ica|ici|ivo|iva|ato|ata|ado"
      + "|ada|é|ée|ario|aria|ile|if|ive|ien|ienne)");
  private static final Set<String> ACADEMIC_TITLES = Words.set("professor", "professore", "professoressa",
      "professeur", "professeure", "profesor", "profesora");
  private static final Set<String> COORDINATIONS = Words.set("e", "and", "y", "et");
  private final Doc doc;
  private final RoleTokens tokens;

  TitleBeforeName(Doc doc, RoleTokens tokens) {
    this.doc = doc;
    this.tokens = tokens;
  }

  /**
   * The role phrase before the person p whose first token is first, or null. "the Rector of CTU, Professor Zuzana
   * Horák": an academic title after a comma stands between the name and its role phrase, which is the role; without
   * a phrase before it, the title is.
   */
  Phrase find(Cand p, int first) {
    int i = first - 1;
    if (i >= 2 && doc.tokens.get(i - 1).is(",") && doc.tokens.get(i).isUpper()
        && ACADEMIC_TITLES.contains(Words.f(doc.tokens.get(i)))) {
      Phrase before = find(p, i);
      if (before != null) {
        return before;
      }
    }
    if (i >= 1 && doc.tokens.get(i).is(".") && tokens.title(i - 1)) {
      i--;
    }
    if (i >= 1 && tokens.title(i) && doc.tokens.get(i - 1).is(",")) {
      i--;
    }
    boolean comma = i >= 0 && doc.tokens.get(i).is(",");
    if (comma) {
      i--;
    }
    int sentenceStart = doc.sentence(doc.sentenceAt(p.start)).first();
    int role = -1;
    for (int k = i; k >= Math.max(sentenceStart, i - 16); k--) {
      Token t = doc.tokens.get(k);
      if (tokens.isRole(t) && !tokens.covered(k)) {
        role = k;
        break;
      }
      if (!allowedInside(k)) {
        break;
      }
    }
    if (role < 0) {
      role = roleWithComplement(i, sentenceStart);
    }
    if (role < 0) {
      int modified = roleWithModifier(i, sentenceStart);
      // for the attribute only: the relation rules keep reading the sentence as before
      return modified >= 0 ? new Phrase(modified, i + 1, false) : null;
    }
    while (role - 1 >= sentenceStart && tokens.isRole(doc.tokens.get(role - 1))) {
      role--;
    }
    while (role - 1 >= sentenceStart && doc.tokens.get(role - 1).isUpper() && doc.tokens.get(role - 1).isWord()
        && !tokens.covered(role - 1) && !Words.FUNCTION.contains(Words.f(doc.tokens.get(role - 1)))
        && !tokens.title(role - 1)) {
      role--;
    }
    return new Phrase(role, i + 1, true);
  }

  /**
   * "la vice-présidente de la Région Valorée chargée de la culture, Anne Morel", "the head of digital services,
   * Karin Berg": a role word followed by "of / de / per" and a complement in lower case up to the name; only words,
   * connectors and conjunctions stand between (the start of the phrase, or -1).
   */
  private int roleWithComplement(int i, int sentenceStart) {
    for (int k = i; k >= Math.max(sentenceStart, i - 12); k--) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      if (k < i && tokens.isRole(t) && !tokens.covered(k)) {
        return linked(k + 1) ? k : -1;
      }
      boolean word = t.isWord() || COMPLEMENT_JOINS.contains(f) || f.endsWith("'");
      if (!word || tokens.isPerson(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "l'assessore regionale allo sviluppo economico Marco Bellini", "la vice-présidente chargée du numérique, Anne
   * Morel": a role word, a lower-case adjective or participle, "di / allo / du" and a complement up to the name (the
   * start of the phrase, or -1).
   */
  private int roleWithModifier(int i, int sentenceStart) {
    for (int k = i; k > Math.max(sentenceStart, i - 12); k--) {
      Token t = doc.tokens.get(k);
      if (k < i && tokens.isRole(doc.tokens.get(k - 1)) && !tokens.covered(k - 1)
          && ROLE_MODIFIER.matcher(t.text()).matches() && linked(k + 1)) {
        return k - 1;
      }
      String f = Words.f(t);
      if (tokens.isRole(t) || !(t.isWord() || COMPLEMENT_JOINS.contains(f) || f.endsWith("'"))
          || tokens.isPerson(k)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the token at j joins a role word to its complement: "di", "of", "allo", "all'", "pour". */
  private boolean linked(int j) {
    String next = Words.f(doc.tokens.get(j));
    return !next.equals("(") && (Words.CONNECTORS.contains(next) || ROLE_LINKS.contains(next) || next.endsWith("'"));
  }

  /** Whether the token at k may stand between a role word and the name after it. */
  private boolean allowedInside(int k) {
    Token t = doc.tokens.get(k);
    String f = Words.f(t);
    if (PortfolioLists.innerComma(doc, k)) {
      return true;
    }
    if (tokens.covered(k) || (t.isUpper() && t.isWord()) || Words.CONNECTORS.contains(f) || f.endsWith("'")
        || ROLE_LINKS.contains(f)) {
      return !tokens.isPerson(k);
    }
    if (k > 0 && Words.ARTICLES.contains(f) && Words.CONNECTORS.contains(Words.f(doc.tokens.get(k - 1)))) {
      return true;
    }
    if (k > 1 && t.isWord() && !t.isUpper() && Words.CONNECTORS.contains(Words.f(doc.tokens.get(k - 1)))
        && tokens.isRole(doc.tokens.get(k - 2))) {
      return true;
    }
    if (k > 0 && t.isWord() && !t.isUpper()) {
      Token prev = doc.tokens.get(k - 1);
      boolean afterRoleOrName = tokens.isRole(prev) || prev.isUpper() && prev.isWord() && !tokens.covered(k - 1);
      if (afterRoleOrName && !tokens.isPerson(k - 1) && !Words.FUNCTION.contains(f)) {
        return true;
      }
    }
    return COORDINATIONS.contains(f) && k + 1 < doc.tokens.size()
        && (Words.CONNECTORS.contains(Words.f(doc.tokens.get(k + 1))) || doc.tokens.get(k + 1).isUpper()
        && !tokens.isPerson(k + 1));
  }
}
