package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the role phrase of each person occurrence: an appositive after the name ("Anna Neri, Project
 * Manager del Cluster Alfa,"), or a title before it ({@link TitleBeforeName}: "il presidente della Regione Marco de
 * Santis", "President John Smith", "the Councillor for Research, Anna Verdi").
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
  private final RoleTokens tokens;
  private final TitleBeforeName titles;

  RoleFinder(Doc doc) {
    this(doc, doc.roles, doc.roleSpans);
  }

  private RoleFinder(Doc doc, List<Doc.PersonRole> roles, List<int[]> roleSpans) {
    this.doc = doc;
    this.roles = roles;
    this.roleSpans = roleSpans;
    this.tokens = new RoleTokens(doc);
    this.titles = new TitleBeforeName(doc, tokens);
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

  private void before(Cand p, int first) {
    TitleBeforeName.Phrase phrase = titles.find(p, first);
    if (phrase != null) {
      addRole(p, phrase.from(), phrase.to(), phrase.span());
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
      if (ROLE_END.contains(doc.tokens.get(k).text()) || tokens.fullStop(k)) {
        return doc.tokens.get(k).is(",") && k + 1 < doc.tokens.size() && tokens.personStarts(k + 1);
      }
    }
    return false;
  }

  /** "Anna Neri, Project Manager del Cluster Alfa," or "Anna Neri, of the Cluster Alfa,": the phrase after a name. */
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
    while (end < sentenceEnd && (!ROLE_END.contains(doc.tokens.get(end).text()) || PortfolioLists.innerComma(doc, end))
        && !tokens.fullStop(end)) {
      Token t = doc.tokens.get(end);
      boolean roleWord = tokens.isRole(t) && !tokens.covered(end);
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
