package eu.intercluster.extraction;

import java.util.Set;

/**
 * Decides what a capitalised chunk is: role words are split off, person names are split out, and the rest
 * becomes a PLACE (infrastructure, venue), EVENT, PROGRAMME or ORG by its cue words; chunks without cues
 * become weak ORG candidates that later rules may drop.
 */
final class ChunkClassifier {
  private final Doc doc;
  private final Set<String> capsMid;
  private final Lexicon lex = Lexicon.INSTANCE;
  private final PersonNames persons;

  ChunkClassifier(Doc doc, Set<String> capsMid) {
    this.doc = doc;
    this.capsMid = capsMid;
    this.persons = new PersonNames(doc);
  }

  void classify(int a, int b, Sentence s) {
    while (a < b && (Words.FUNCTION.contains(Words.f(doc.tokens.get(a))) || lex.inFolded("title", fw(a)))) {
      a++;
    }
    while (b > a && !doc.tokens.get(b - 1).isUpper()) {
      b--;
    }
    if (a >= b) {
      return;
    }
    int r = lastRoleWord(a, b);
    if (r >= 0) {
      int rest = r + 1;
      while (rest < b && Words.CONNECTORS.contains(Words.f(doc.tokens.get(rest)))) {
        rest++;
      }
      boolean portfolio = lex.inFolded("portfolio", fw(r));
      int org = portfolio ? portfolioOrg(rest, b) : rest;
      if (rest >= b || portfolio && org < 0) {
        doc.roleSpans.add(new int[] {start(a), end(b - 1)});
        return;
      }
      if (portfolio) {
        doc.roleSpans.add(new int[] {start(a), end(b - 1)});
        classifyName(org, b, s, true);
        return;
      }
      doc.roleSpans.add(new int[] {start(a), end(r)});
      classifyName(rest, b, s, true);
      return;
    }
    if (a >= 2 && lex.inFolded("portfolio", fw(a - 2)) && Words.CONNECTORS.contains(Words.f(doc.tokens.get(a - 1)))) {
      int org = portfolioOrg(a, b);
      doc.roleSpans.add(new int[] {start(a - 2), end(b - 1)});
      if (org >= 0) {
        classifyName(org, b, s, true);
      }
      return;
    }
    classifyName(a, b, s, false);
  }

  /** "Councillor for Economic Development of the Tuscany Region": the organisation after the portfolio, or -1. */
  private int portfolioOrg(int from, int b) {
    for (int k = from + 1; k < b; k++) {
      int prev = k - 1;
      while (prev > from && Words.ARTICLES.contains(Words.f(doc.tokens.get(prev)))) {
        prev--;
      }
      if (Words.CONNECTORS.contains(Words.f(doc.tokens.get(prev))) && doc.tokens.get(k).isUpper()
          && strongName(k, b)) {
        return k;
      }
    }
    return strongName(from, b) && cue("org", from, from + 1) != null ? from : -1;
  }

  private void classifyName(int a, int b, Sentence s, boolean afterRole) {
    if (exactPlace(start(a), end(b - 1))) {
      return;
    }
    if (persons.isName(a, b) && lex.isGivenName(tok(a)) && !placeAt(a)) {
      persons.add(a, b, afterRole);
      return;
    }
    for (int g = a + 1; g < b; g++) {
      if (lex.isGivenName(tok(g)) && persons.isName(g, b) && !placeAt(g) && !cueOnly(a, g)) {
        classifyName(a, g, s, afterRole);
        persons.add(g, b, true);
        return;
      }
    }
    if (persons.isName(a, b) && (lex.isGivenName(tok(a)) || afterRole || persons.hasContext(a, b))) {
      persons.add(a, b, afterRole);
      return;
    }
    String text = Norm.fold(doc.slice(start(a), end(b - 1)));
    int st = start(a);
    int en = end(b - 1);
    if (precededByMachineCue(st) && !exactPlace(st, en)) {
      doc.add(st, en, EntityType.PLACE, "infrastructure", Cand.PATTERN, "T:" + text);
      return;
    }
    String head = headSection(a, b);
    String kind = head == null ? null : cue(head, a, b);
    if ("infrasite".equals(head)) {
      addNamed(a, b, EntityType.PLACE, "infrastructure");
    } else if ("venue".equals(head) && b - a > 1) {
      addNamed(a, b, EntityType.PLACE, "venue");
    } else if ("event".equals(head) && b - a > 1) {
      addNamed(a, b, EntityType.EVENT, kind);
    } else if ("programme".equals(head) && b - a > 1) {
      addNamed(a, b, EntityType.PROGRAMME, kind);
    } else if ("org".equals(head)) {
      addNamed(a, b, EntityType.ORG, kind);
    } else if (!exactPlace(st, en) && !allStop(a, b) && !isThemeLike(text)) {
      addWeak(a, b, s);
    }
  }

  private static final String[] HEAD_SECTIONS = {"infrasite", "venue", "event", "programme", "org"};

  /** The cue section of the last cue word in the chunk: "Italian Exhibition Group" is an ORG, not an event. */
  private String headSection(int a, int b) {
    String best = null;
    int at = -1;
    for (String section : HEAD_SECTIONS) {
      for (int i = a; i < b; i++) {
        int last = -1;
        if (lex.inFolded(section, fw(i))) {
          last = i;
        }
        if (i + 1 < b && lex.inFolded(section, fw(i) + " " + fw(i + 1))) {
          last = i + 1;
        }
        if (i + 2 < b && lex.inFolded(section, fw(i) + " " + fw(i + 1) + " " + fw(i + 2))) {
          last = i + 2;
        }
        if (last > at) {
          best = section;
          at = last;
        }
      }
    }
    if (best != null && b - a == 1 && !best.equals("org")) {
      return cue("org", a, b) != null ? "org" : best;
    }
    return best;
  }

  private boolean cueOnly(int a, int b) {
    for (int i = a; i < b; i++) {
      String w = fw(i);
      String orgKind = lex.cueFolded("org", w);
      if (orgKind != null && Words.set("government", "agency", "chamber of commerce").contains(orgKind)) {
        return false;
      }
      boolean cue = orgKind != null || lex.inFolded("event", w) || lex.inFolded("venue", w)
          || lex.inFolded("programme", w) || lex.inFolded("infrasite", w) || Words.CONNECTORS.contains(Norm.fold(w));
      if (!cue) {
        return false;
      }
    }
    return true;
  }

  /** "Forum ... sur l’intelligence artificielle": a title continues with a topic preposition and a theme. */
  private int topicExtension(int b) {
    int i = b;
    if (i >= doc.tokens.size() || !Words.set("on", "sur", "sobre", "su", "sul", "sulla", "sull'", "per", "for", "pour",
        "para", "about").contains(Words.f(doc.tokens.get(i)))) {
      return b;
    }
    i++;
    while (i < doc.tokens.size() && (Words.ARTICLES.contains(Words.f(doc.tokens.get(i)))
        || Words.f(doc.tokens.get(i)).endsWith("'"))) {
      i++;
    }
    if (i >= doc.tokens.size()) {
      return b;
    }
    for (Cand c : doc.cands) {
      if (c.type == EntityType.THEME && c.start == doc.tokens.get(i).start()) {
        return doc.tokenAt(c.end - 1) + 1;
      }
    }
    return b;
  }

  private void addNamed(int a, int b, EntityType type, String kind) {
    if (type == EntityType.EVENT) {
      b = topicExtension(b);
    }
    int st = start(a);
    int en = end(b - 1);
    boolean cueOnly = true;
    for (int i = a; i < b; i++) {
      String w = fw(i);
      boolean cueWord = lex.inFolded("org", w) || lex.inFolded("event", w) || lex.inFolded("venue", w)
          || lex.inFolded("programme", w) || lex.inFolded("infrasite", w) || lex.inFolded("stop", w)
          || Words.CONNECTORS.contains(Norm.fold(w));
      cueOnly &= cueWord;
    }
    String canon = "T:" + Norm.fold(doc.slice(st, en));
    Cand c = doc.add(st, en, type, kind, cueOnly ? Cand.GENERIC : Cand.CUE_NAME, canon);
    c.generic = cueOnly;
    GovernmentNames.mark(doc, c);
  }

  private void addWeak(int a, int b, Sentence s) {
    int st = start(a);
    int en = end(b - 1);
    boolean acronym = b - a == 1 && Norm.isAcronymLike(tok(a)) || b - a > 1 && hasAcronym(a, b);
    boolean sentenceStart = a == s.first() || (a == s.first() + 1 && !doc.tokens.get(s.first()).isWord());
    if (b - a == 1 && !acronym) {
      String w = fw(a);
      if (lex.inFolded("stop", w) || lex.inFolded("demonym", w) || lex.inFolded("role", w)
          || (sentenceStart && !capsMid.contains(tok(a)))) {
        return;
      }
    }
    if (coveredByPlaces(st, en)) {
      return;
    }
    if (!acronym && a > 0 && Words.f(doc.tokens.get(a - 1)).equals("presso")) {
      doc.add(st, en, EntityType.PLACE, "venue", Cand.CUE_NAME, "T:" + Norm.fold(doc.slice(st, en)));
      return;
    }
    String[] apposition = OrgKinds.apposition(doc, b);
    if (apposition != null && !acronym) {
      EntityType type = EntityType.valueOf(apposition[0]);
      doc.add(st, en, type, apposition[1], Cand.CUE_NAME, "T:" + Norm.fold(doc.slice(st, en)));
      return;
    }
    String programme = OrgKinds.programmeBefore(doc, a);
    if (programme != null) {
      doc.add(st, en, EntityType.PROGRAMME, programme, Cand.CUE_NAME, "T:" + Norm.fold(doc.slice(st, en)));
      return;
    }
    if (!acronym && a > 0 && locativeBefore(a)) {
      doc.add(st, en, EntityType.PLACE, "city", Cand.WEAK, "T:" + Norm.fold(doc.slice(st, en)));
      return;
    }
    String kind = OrgKinds.fromContext(doc, a);
    Cand c = doc.add(st, en, EntityType.ORG, kind, acronym ? Cand.CUE_NAME : Cand.WEAK,
        "T:" + Norm.fold(doc.slice(st, en)));
    if (!acronym) {
      c.attrs.put("_weak", Boolean.TRUE);
      if (b - a > 1 && containsPlace(st, en)) {
        c.prio = Cand.PLACE + 1;
      }
    }
  }

  private int lastRoleWord(int a, int b) {
    int found = -1;
    for (int i = a; i < b; i++) {
      if (lex.inFolded("role", fw(i)) && !doc.coveredBy(start(i), end(i), Cand.KNOWN)) {
        found = i;
      }
    }
    return found;
  }

  private boolean strongName(int a, int b) {
    if (a >= b) {
      return false;
    }
    if (b - a == 1 && Norm.isAcronymLike(tok(a))) {
      return true;
    }
    return cue("org", a, b) != null && b - a > 1;
  }

  private String cue(String section, int a, int b) {
    for (int i = a; i < b; i++) {
      String k = lex.cue(section, tok(i));
      if (k != null) {
        return k;
      }
      if (i + 1 < b) {
        k = lex.cue(section, tok(i) + " " + tok(i + 1));
        if (k == null && i + 2 < b) {
          k = lex.cue(section, tok(i) + " " + tok(i + 1) + " " + tok(i + 2));
        }
        if (k != null) {
          return k;
        }
      }
    }
    return null;
  }

  private boolean allStop(int a, int b) {
    for (int i = a; i < b; i++) {
      String w = fw(i);
      if (!(lex.inFolded("stop", w) || lex.inFolded("demonym", w) || lex.inFolded("role", w)
          || lex.inFolded("title", w) || Words.CONNECTORS.contains(Norm.fold(w)))) {
        return false;
      }
    }
    return true;
  }

  private boolean isThemeLike(String folded) {
    return ThemeRecogniser.isTerm(folded);
  }

  private boolean precededByMachineCue(int st) {
    String before = doc.folded(Math.max(0, st - 30), st).trim();
    for (String cue : lex.cueWords("inframachine")) {
      if (before.endsWith(" " + cue) || before.equals(cue)) {
        return true;
      }
    }
    return false;
  }

  private boolean exactPlace(int st, int en) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.start == st && c.end == en) {
        return true;
      }
    }
    return false;
  }

  private boolean locativeBefore(int a) {
    String prep = Words.f(doc.tokens.get(a - 1));
    if (Words.set("in", "à", "en", "nach").contains(prep)) {
      return true;
    }
    if (!prep.equals("to") && !prep.equals("a")) {
      return false;
    }
    for (int k = a - 2; k >= Math.max(0, a - 4); k--) {
      String w = Words.f(doc.tokens.get(k));
      if (w.startsWith("mission") || w.startsWith("trip") || w.startsWith("travel") || w.startsWith("visit")
          || w.startsWith("viaj") || w.startsWith("voyage") || w.startsWith("delegat") || w.equals("went")
          || w.startsWith("mision") || w.startsWith("missione") || w.startsWith("viagg")) {
        return true;
      }
    }
    return false;
  }

  private boolean hasAcronym(int a, int b) {
    for (int i = a; i < b; i++) {
      if (Norm.isAcronymLike(tok(i)) && !ThemeRecogniser.isTerm(Norm.fold(tok(i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean containsPlace(int st, int en) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.inside(st, en)) {
        return true;
      }
    }
    return false;
  }

  /** Every letter of the range lies inside known place names ("Italia-Russia"). */
  private boolean coveredByPlaces(int st, int en) {
    for (int i = st; i < en; i++) {
      if (!Character.isLetter(doc.text.charAt(i))) {
        continue;
      }
      boolean in = false;
      for (Cand c : doc.cands) {
        in |= c.type == EntityType.PLACE && c.start <= i && i < c.end;
      }
      if (!in) {
        return false;
      }
    }
    return true;
  }

  private boolean placeAt(int i) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.start == start(i)) {
        return true;
      }
    }
    return false;
  }

  private String fw(int i) {
    return doc.tokens.get(i).folded();
  }

  private String tok(int i) {
    return doc.tokens.get(i).text();
  }

  private int start(int i) {
    return doc.tokens.get(i).start();
  }

  private int end(int i) {
    return doc.tokens.get(i).end();
  }
}
