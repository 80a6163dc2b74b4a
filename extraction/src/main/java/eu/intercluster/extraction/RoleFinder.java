package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the role phrase of each person occurrence: an appositive after the name ("Anna Neri, Project
 * Manager del Cluster Alfa,"), a title before it ("il presidente della Regione Marco de Santis",
 * "President John Smith"), or a role before a comma ("the Councillor for Research, Anna Verdi").
 */
final class RoleFinder {
  private static final Set<String> ARTICLES = Words.set("il", "lo", "la", "l'", "the", "a", "an", "un", "una", "el",
      "le", "i");
  private static final Set<String> ROLE_END = Words.set(",", ";", "–", "—", "(", ")", ":");
  private static final Set<String> AFFILIATION = Words.set("della", "del", "dell'", "dei", "degli", "of", "de", "du",
      "di", "from", "da", "dalla", "dal");
  private final Doc doc;
  private final List<Doc.PersonRole> roles;
  private final List<int[]> roleSpans;
  private final Lexicon lex = Lexicon.INSTANCE;

  RoleFinder(Doc doc) {
    this(doc, doc.roles, doc.roleSpans);
  }

  private RoleFinder(Doc doc, List<Doc.PersonRole> roles, List<int[]> roleSpans) {
    this.doc = doc;
    this.roles = roles;
    this.roleSpans = roleSpans;
  }

  /**
   * The role phrases of a name the rules took for another type and the retyper made a person ("la rectora de la
   * Universidad de X, Teodomira Ruiz" with an unknown given name), in a list of their own: the doc is not changed.
   */
  static List<Doc.PersonRole> rolesOf(Doc doc, Cand name) {
    RoleFinder finder = new RoleFinder(doc, new ArrayList<>(), new ArrayList<>());
    finder.find(name);
    return finder.roles;
  }

  void find() {
    List<Cand> people = new ArrayList<>();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PERSON) {
        people.add(c);
      }
    }
    for (Cand p : people) {
      find(p);
    }
  }

  private void find(Cand p) {
    int first = doc.tokenAt(p.start);
    int last = doc.tokenAt(p.end - 1);
    if (first < 0 || last < 0) {
      return;
    }
    int found = roles.size();
    if (titleListed(first, last + 1)) {
      before(p, first);
    }
    if (roles.size() == found && !appositive(p, last + 1)) {
      before(p, first);
    }
  }

  /**
   * "il rettore dell’Università di Pisa, Riccardo Nencioni, il presidente della Regione Toscana, Eugenio Borselli": in
   * a list of titles each written before its name, the phrase after a name and its comma is the next person's title.
   */
  private boolean titleListed(int first, int after) {
    if (first < 1 || !doc.tokens.get(first - 1).is(",")) {
      return false;
    }
    int sentenceEnd = doc.sentence(doc.sentenceAt(doc.tokens.get(first).start())).last();
    if (after >= sentenceEnd || !doc.tokens.get(after).is(",")) {
      return false;
    }
    for (int k = after + 1; k < sentenceEnd; k++) {
      if (ROLE_END.contains(doc.tokens.get(k).text()) || fullStop(k)) {
        return doc.tokens.get(k).is(",") && k + 1 < doc.tokens.size() && personStarts(k + 1);
      }
    }
    return false;
  }

  private boolean personStarts(int k) {
    int start = doc.tokens.get(k).start();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PERSON && c.start == start) {
        return true;
      }
    }
    return false;
  }

  private boolean appositive(Cand p, int i) {
    int sentenceEnd = doc.sentence(doc.sentenceAt(p.start)).last();
    if (i >= sentenceEnd || !doc.tokens.get(i).is(",")) {
      return false;
    }
    int from = i + 1;
    while (from < sentenceEnd && ARTICLES.contains(Words.f(doc.tokens.get(from)))) {
      from++;
    }
    int end = from;
    boolean role = false;
    boolean prefix = true;
    while (end < sentenceEnd && !ROLE_END.contains(doc.tokens.get(end).text()) && !fullStop(end)) {
      Token t = doc.tokens.get(end);
      boolean roleWord = isRole(t) && !covered(end);
      role |= prefix && end - from < 4 && roleWord;
      boolean modifier = end - from < 2 && t.isWord() && !Words.FUNCTION.contains(Words.f(t));
      prefix &= roleWord || modifier || t.isUpper() || t.is("’") || t.is("'") || t.is("s");
      end++;
    }
    if (from >= sentenceEnd || end == from) {
      return false;
    }
    String head = Words.f(doc.tokens.get(from));
    if (role) {
      addRole(p, from, end, true);
      return true;
    }
    boolean representing = head.equals("in") && end > from + 1
        && Words.f(doc.tokens.get(from + 1)).startsWith("rappresentanza") || head.equals("representing")
        || head.equals("on") && end > from + 1 && Words.f(doc.tokens.get(from + 1)).equals("behalf");
    if (AFFILIATION.contains(head) || representing) {
      int st = doc.tokens.get(from).start();
      int en = doc.tokens.get(end - 1).end();
      roles.add(new Doc.PersonRole(p, st, en, null, null));
      roleSpans.add(new int[] {st, en});
      return true;
    }
    return false;
  }

  private void before(Cand p, int first) {
    int i = first - 1;
    if (i >= 1 && doc.tokens.get(i).is(".") && lex.inSection("title", doc.tokens.get(i - 1).text())) {
      i--;
    }
    if (i >= 1 && lex.inSection("title", doc.tokens.get(i).text()) && doc.tokens.get(i - 1).is(",")) {
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
      if (isRole(t) && !covered(k)) {
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
      if (modified >= 0) { // for the attribute only: the relation rules keep reading the sentence as before
        addRole(p, modified, i + 1, false);
      }
      return;
    }
    while (role - 1 >= sentenceStart && isRole(doc.tokens.get(role - 1))) {
      role--;
    }
    while (role - 1 >= sentenceStart && doc.tokens.get(role - 1).isUpper() && doc.tokens.get(role - 1).isWord()
        && !covered(role - 1) && !Words.FUNCTION.contains(Words.f(doc.tokens.get(role - 1)))
        && !lex.inSection("title", doc.tokens.get(role - 1).text())) {
      role--;
    }
    addRole(p, role, i + 1, true);
  }

  private static final Set<String> COMPLEMENT_JOINS = Words.set("e", "and", "y", "et", "&", "-", "'", "’", "s");

  /**
   * "la vice-présidente de la Région Valorée chargée de la culture, Anne Morel", "the head of digital services,
   * Karin Berg": a role word followed by "of / de / per" and a complement in lower case up to the name; only words,
   * connectors and conjunctions stand between (the start of the phrase, or -1).
   */
  private int roleWithComplement(int i, int sentenceStart) {
    for (int k = i; k >= Math.max(sentenceStart, i - 12); k--) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      if (k < i && isRole(t) && !covered(k)) {
        return linked(k + 1) ? k : -1;
      }
      boolean word = t.isWord() || COMPLEMENT_JOINS.contains(f) || f.endsWith("'");
      if (!word || isPerson(k)) {
        return -1;
      }
    }
    return -1;
  }

  private boolean fullStop(int k) {
    if (!doc.tokens.get(k).is(".")) {
      return false;
    }
    String prev = doc.tokens.get(k - 1).text();
    return !(prev.length() == 1 && Character.isUpperCase(prev.charAt(0)));
  }

  /**
   * "l'assessore regionale allo sviluppo economico Marco Bellini", "la vice-présidente chargée du numérique, Anne
   * Morel": a role word, a lower-case adjective or participle, "di / allo / du" and a complement up to the name (the
   * start of the phrase, or -1).
   */
  private int roleWithModifier(int i, int sentenceStart) {
    for (int k = i; k > Math.max(sentenceStart, i - 12); k--) {
      Token t = doc.tokens.get(k);
      if (k < i && isRole(doc.tokens.get(k - 1)) && !covered(k - 1) && ROLE_MODIFIER.matcher(t.text()).matches()
          && linked(k + 1)) {
        return k - 1;
      }
      String f = Words.f(t);
      if (isRole(t) || !(t.isWord() || COMPLEMENT_JOINS.contains(f) || f.endsWith("'")) || isPerson(k)) {
        return -1;
      }
    }
    return -1;
  }

  /** A lower-case adjective or participle between a role word and its complement: "regionale", "delegato", "chargé". */
  private static final Pattern ROLE_MODIFIER = Pattern.compile("\\p{Ll}+(?:ale|ali|al|ico|ica|ici|ivo|iva|ato|ata|ado"
      + "|ada|é|ée|ario|aria|ile|if|ive|ien|ienne)");

  /** Whether the token at j joins a role word to its complement: "di", "of", "allo", "all'", "pour". */
  private boolean linked(int j) {
    String next = Words.f(doc.tokens.get(j));
    return !next.equals("(") && (Words.CONNECTORS.contains(next) || ROLE_LINKS.contains(next) || next.endsWith("'"));
  }

  private static final Set<String> ROLE_LINKS = Words.set("allo", "alla", "al", "ai", "agli", "alle", "per", "for",
      "à", "au", "aux", "a", "para", "pour", "(", ")");

  private boolean allowedInside(int k) {
    Token t = doc.tokens.get(k);
    String f = Words.f(t);
    if (covered(k) || (t.isUpper() && t.isWord()) || Words.CONNECTORS.contains(f) || f.endsWith("'")
        || ROLE_LINKS.contains(f)) {
      return !isPerson(k);
    }
    if (k > 0 && Words.ARTICLES.contains(f) && Words.CONNECTORS.contains(Words.f(doc.tokens.get(k - 1)))) {
      return true;
    }
    if (k > 1 && t.isWord() && !t.isUpper() && Words.CONNECTORS.contains(Words.f(doc.tokens.get(k - 1)))
        && isRole(doc.tokens.get(k - 2))) {
      return true;
    }
    if (k > 0 && t.isWord() && !t.isUpper()) {
      Token prev = doc.tokens.get(k - 1);
      boolean afterRoleOrName = isRole(prev) || prev.isUpper() && prev.isWord() && !covered(k - 1);
      if (afterRoleOrName && !isPerson(k - 1) && !Words.FUNCTION.contains(f)) {
        return true;
      }
    }
    boolean coordination = Words.set("e", "and", "y", "et").contains(f) && k + 1 < doc.tokens.size()
        && (Words.CONNECTORS.contains(Words.f(doc.tokens.get(k + 1))) || doc.tokens.get(k + 1).isUpper()
        && !isPerson(k + 1));
    return coordination;
  }

  /** A role word of the lexicon, one of {@link RoleWords}, or a compound ending in one ("ministre-présidente"). */
  private boolean isRole(Token t) {
    String text = t.text();
    int dash = text.lastIndexOf('-');
    return lex.inSection("role", text) || RoleWords.isRole(text)
        || dash > 0 && dash < text.length() - 1 && (lex.inSection("role", text.substring(dash + 1))
        || RoleWords.isRole(text.substring(dash + 1)));
  }

  private boolean covered(int k) {
    Token t = doc.tokens.get(k);
    for (Cand c : doc.cands) {
      if (c.type != EntityType.PERSON && c.overlaps(t.start(), t.end()) && c.prio >= Cand.PLACE) {
        return true;
      }
    }
    return false;
  }

  private boolean isPerson(int k) {
    Token t = doc.tokens.get(k);
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PERSON && c.overlaps(t.start(), t.end())) {
        return true;
      }
    }
    return false;
  }

  /** The role phrase of tokens [from, to); a span also hides its words from the relation rules ("inside a role"). */
  private void addRole(Cand p, int from, int to, boolean span) {
    int st = doc.tokens.get(from).start();
    int en = doc.tokens.get(to - 1).end();
    roles.add(new Doc.PersonRole(p, st, en, doc.slice(st, en), null));
    if (span) {
      roleSpans.add(new int[] {st, en});
    }
  }
}
