package eu.intercluster.extraction;

/** Tests whether a token range looks like a person name and adds PERSON candidates. */
final class PersonNames {
  private final Doc doc;
  private final Lexicon lex = Lexicon.INSTANCE;

  PersonNames(Doc doc) {
    this.doc = doc;
  }

  /** 2 to 4 capitalised name words, with particles only inside ("Marco de Santis"). */
  /** Capitalised particles inside a name: "Youssef El Amrani", "Ahmed Ben Salah", "Jan Van Dijk", "Anna Dal Prà". */
  private static final java.util.Set<String> CAPITAL_PARTICLES = Words.set("el", "al", "ben", "bin", "ibn", "abu",
      "van", "von", "de", "da", "di", "del", "della", "du", "dos", "le", "la", "dal", "dalla", "lo", "li");

  boolean isName(int a, int b) {
    int words = 0;
    for (int i = a; i < b; i++) {
      Token t = doc.tokens.get(i);
      String f = Words.f(t);
      boolean inner = i > a && i < b - 1;
      if (inner && Words.NAME_PARTICLES.contains(f) && !t.isUpper()) {
        continue;
      }
      if (inner && CAPITAL_PARTICLES.contains(f) && t.isUpper()) {
        continue;
      }
      if (!t.isWord() || !t.isUpper() || !isNameWord(t.text(), i > a)) {
        return false;
      }
      words++;
    }
    return words >= 2 && words <= 4;
  }

  private boolean isNameWord(String w, boolean surname) {
    if (Norm.isAcronymLike(w) || w.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    for (String section : new String[] {"org", "event", "venue", "programme", "infrasite", "stop", "demonym", "role",
        "title"}) {
      if (surname && section.equals("demonym")) {
        continue;
      }
      if (lex.inSection(section, w)) {
        return false;
      }
    }
    return !ThemeRecogniser.isTerm(Norm.fold(w));
  }

  /** A name followed by an appositive role or affiliation: "Nagumanov Adel, della ...". */
  boolean hasContext(int a, int b) {
    if (b + 1 >= doc.tokens.size() || !doc.tokens.get(b).is(",")) {
      return false;
    }
    for (int i = b + 1; i < Math.min(b + 5, doc.tokens.size()); i++) {
      String w = doc.tokens.get(i).text();
      String f = Norm.fold(w);
      if (lex.inSection("role", w)) {
        return true;
      }
      if (i == b + 1 && (f.equals("della") || f.equals("del") || f.equals("dell'") || f.equals("of")
          || f.equals("de") || f.equals("du") || f.equals("in") || f.equals("representing"))) {
        return true;
      }
      if (w.equals(",") || w.equals(".")) {
        return false;
      }
    }
    return false;
  }

  void add(int a, int b, boolean afterRole) {
    int st = doc.tokens.get(a).start();
    int en = doc.tokens.get(b - 1).end();
    Cand c = doc.add(st, en, EntityType.PERSON, null, Cand.PERSON, "person:" + Norm.fold(doc.slice(st, en)));
    if (afterRole) {
      c.attrs.put("_roleBefore", Boolean.TRUE);
    }
  }
}
