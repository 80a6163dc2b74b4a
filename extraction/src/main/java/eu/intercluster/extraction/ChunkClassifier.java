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
  private final ChunkFacts facts;

  ChunkClassifier(Doc doc, Set<String> capsMid) {
    this.doc = doc;
    this.capsMid = capsMid;
    this.persons = new PersonNames(doc);
    this.facts = new ChunkFacts(doc);
  }

  private static final java.util.regex.Pattern BASED = java.util.regex.Pattern.compile(
      "(?iu)\\p{L}+-(?:based|born|headquartered|founded)");

  void classify(int a, int b, Sentence s) {
    while (a < b && (Words.FUNCTION.contains(Words.f(doc.tokens.get(a))) || lex.inFolded("title", fw(a)))) {
      a++;
    }
    while (a < b && BASED.matcher(tok(a)).matches()) {
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
          && facts.strongName(k, b)) {
        return k;
      }
    }
    return facts.strongName(from, b) && facts.cue("org", from, from + 1) != null ? from : -1;
  }

  private void classifyName(int a, int b, Sentence s, boolean afterRole) {
    if (facts.exactPlace(start(a), end(b - 1))) {
      return;
    }
    if (persons.isName(a, b) && lex.isGivenName(tok(a)) && !facts.placeAt(a)) {
      persons.add(a, b, afterRole);
      return;
    }
    for (int g = a + 1; g < b; g++) {
      if (lex.isGivenName(tok(g)) && persons.isName(g, b) && !facts.placeAt(g) && !facts.cueOnly(a, g)) {
        classifyName(a, g, s, afterRole);
        persons.add(g, b, true);
        return;
      }
    }
    if (persons.isName(a, b) && (lex.isGivenName(tok(a)) || afterRole || persons.hasContext(a, b) || roleRightBefore(a))) {
      persons.add(a, b, afterRole);
      return;
    }
    String text = Norm.fold(doc.slice(start(a), end(b - 1)));
    int st = start(a);
    int en = end(b - 1);
    if (facts.precededByMachineCue(st) && !facts.exactPlace(st, en)) {
      doc.add(st, en, EntityType.PLACE, "infrastructure", Cand.PATTERN, "T:" + text);
      return;
    }
    String head = facts.headSection(a, b);
    String kind = head == null ? null : facts.cue(head, a, b);
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
    } else if (!facts.exactPlace(st, en) && !facts.allStop(a, b) && !isThemeLike(text)) {
      addWeak(a, b, s);
    }
  }

  private void addNamed(int a, int b, EntityType type, String kind) {
    if (type == EntityType.EVENT) {
      b = facts.topicExtension(b);
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
    boolean acronym = b - a == 1 && Norm.isAcronymLike(tok(a)) || b - a > 1 && facts.hasAcronym(a, b);
    boolean sentenceStart = a == s.first() || (a == s.first() + 1 && !doc.tokens.get(s.first()).isWord());
    if (b - a == 1 && !acronym) {
      String w = fw(a);
      if (lex.inFolded("stop", w) || lex.inFolded("demonym", w) || lex.inFolded("role", w)
          || (sentenceStart && !capsMid.contains(tok(a)))) {
        return;
      }
    }
    if (facts.coveredByPlaces(st, en)) {
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
    if (!acronym && a > 0 && facts.locativeBefore(a)) {
      doc.add(st, en, EntityType.PLACE, "city", Cand.WEAK, "T:" + Norm.fold(doc.slice(st, en)));
      return;
    }
    String kind = OrgKinds.fromContext(doc, a);
    Cand c = doc.add(st, en, EntityType.ORG, kind, acronym ? Cand.CUE_NAME : Cand.WEAK,
        "T:" + Norm.fold(doc.slice(st, en)));
    if (!acronym) {
      c.attrs.put("_weak", Boolean.TRUE);
      if (b - a > 1 && facts.containsPlace(st, en)) {
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

  private boolean isThemeLike(String folded) {
    return ThemeRecogniser.isTerm(folded);
  }

  /** "la ministra albanese Mirela Kola": a role word (and at most one adjective) right before the name. */
  private boolean roleRightBefore(int a) {
    if (a >= 1 && lex.inFolded("role", fw(a - 1))) {
      return true;
    }
    return a >= 2 && lex.inFolded("role", fw(a - 2)) && !doc.tokens.get(a - 1).isUpper() && doc.tokens.get(a - 1).isWord();
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
