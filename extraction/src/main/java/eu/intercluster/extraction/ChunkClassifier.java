package eu.intercluster.extraction;

import java.util.Set;

/**
 * Decides what a capitalised chunk is: role words are split off, person names are split out, and the rest
 * becomes a PLACE (infrastructure, venue), EVENT, PROGRAMME or ORG by its cue words; chunks without cues
 * become weak ORG candidates that later rules may drop.
 */
final class ChunkClassifier {
  private final Doc doc;
  private final Lexicon lex = Lexicon.INSTANCE;
  private final PersonNames persons;
  private final ChunkFacts facts;
  private final ChunkPlaceFacts places;
  private final WeakNames weak;
  private final RoleContext roles;

  ChunkClassifier(Doc doc, Set<String> capsMid) {
    this.doc = doc;
    this.persons = new PersonNames(doc);
    this.facts = new ChunkFacts(doc);
    this.places = new ChunkPlaceFacts(doc);
    this.weak = new WeakNames(doc, capsMid, facts, places);
    this.roles = new RoleContext(doc);
  }

  private static final java.util.regex.Pattern BASED = java.util.regex.Pattern.compile(
      "(?iu)\\p{L}+-(?:based|born|headquartered|founded)");

  private static final Set<String> NEWS = Set.of("News", "NEWS", "Newsletter", "NEWSLETTER");

  void classify(int a, int b, Sentence s) {
    while (a < b && (Words.FUNCTION.contains(Words.f(doc.tokens.get(a))) && !knownPlaceFrom(a)
        || lex.inFolded("title", doc.folded(a)))) {
      a++;
    }
    while (a < b && BASED.matcher(doc.tokenText(a)).matches()) {
      a++;
    }
    if (b - a > 1 && a == s.first() && b == s.last() && doc.tokenText(a).equals("About")) {
      a++; // a press release's closing section "About Nordvik Robotics" is headed by the body's name
    }
    if (b - a > 1 && a == s.first() && b == s.last() && NEWS.contains(doc.tokenText(b - 1))) {
      b--; // "Unimar News", "Kestrel Newsletter": a news page's header names its publisher
    }
    while (b > a && !doc.tokens.get(b - 1).isUpper() && !endsWithCue(a, b) && !editionYear(a, b)) {
      b--;
    }
    if (a >= b) {
      return;
    }
    int r = roles.lastRoleWord(a, b);
    if (r >= 0) {
      int rest = r + 1;
      while (rest < b && (Words.CONNECTORS.contains(Words.f(doc.tokens.get(rest)))
          || Words.ARTICLES.contains(Words.f(doc.tokens.get(rest))) || Words.set("at", "in", "à", "en", "presso", "bei", "chez")
          .contains(Words.f(doc.tokens.get(rest))))) {
        rest++;
      }
      boolean portfolio = lex.inFolded("portfolio", doc.folded(r));
      int org = portfolio ? portfolioOrg(rest, b) : rest;
      if (rest >= b || portfolio && org < 0) {
        doc.roleSpans.add(new int[] {doc.tokenStart(a), doc.tokenEnd(b - 1)});
        return;
      }
      if (portfolio) {
        doc.roleSpans.add(new int[] {doc.tokenStart(a), doc.tokenEnd(b - 1)});
        classifyName(org, b, s, true);
        return;
      }
      doc.roleSpans.add(new int[] {doc.tokenStart(a), doc.tokenEnd(r)});
      classifyName(rest, b, s, true);
      return;
    }
    int pw = portfolioWordBefore(a);
    if (pw >= 0) {
      int org = portfolioOrg(a, b);
      doc.roleSpans.add(new int[] {doc.tokenStart(pw), doc.tokenEnd(b - 1)});
      if (org >= 0) {
        classifyName(org, b, s, true);
      }
      return;
    }
    classifyName(a, b, s, false);
  }

  private static final Set<String> PORTFOLIO_PREP = Words.set("all'", "alla", "allo", "al", "ai", "agli", "alle",
      "au", "aux", "à", "a", "for", "to", "de", "del", "della", "of", "du", "des", "d'", "di", "per", "pour", "para",
      "en", "in");
  private static final Set<String> PORTFOLIO_ADJ = Words.set("regionale", "regional", "régional", "régionale",
      "comunale", "municipal", "municipale", "provinciale", "provincial", "federale", "federal", "fédéral",
      "nazionale", "national", "délégué", "déléguée", "delegato", "delegata", "delegado", "delegada", "la", "l'",
      "le", "the", "el");

  /** "assessore all’Agricoltura", "assessore regionale allo Sviluppo", "assesseure au Développement": the portfolio word, or -1. */
  private int portfolioWordBefore(int a) {
    if (a < 2 || !PORTFOLIO_PREP.contains(Words.f(doc.tokens.get(a - 1)))) {
      return -1;
    }
    for (int k = a - 2; k >= Math.max(0, a - 5); k--) {
      String w = doc.folded(k);
      if (lex.inFolded("portfolio", w)) {
        // "amministratrice delegata di Nordvik AB" is a company's chief executive, not a delegated portfolio
        return w.startsWith("delegat") && k > 0 && doc.folded(k - 1).startsWith("amministrat") ? -1 : k;
      }
      if (!PORTFOLIO_ADJ.contains(w) && !PORTFOLIO_PREP.contains(w)) {
        return -1;
      }
    }
    return -1;
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
    if (doc.placeAt(doc.tokenStart(a), doc.tokenEnd(b - 1))) {
      return;
    }
    if (persons.isName(a, b) && lex.isGivenName(doc.tokenText(a)) && !places.placeAt(a)) {
      persons.add(a, b, afterRole);
      return;
    }
    for (int g = a + 1; g < b; g++) {
      if (lex.isGivenName(doc.tokenText(g)) && persons.isName(g, b) && !places.placeAt(g) && !facts.cueOnly(a, g)
          && !namedAfterPerson(a, g)) {
        classifyName(a, g, s, afterRole);
        persons.add(g, b, true);
        return;
      }
    }
    boolean roleBefore = (afterRole || roles.rightBefore(a)) && !roles.ofBefore(a);
    boolean placeLast = b - a >= 2 && places.placeAt(b - 1) && !lex.isGivenName(doc.tokenText(a));
    if (persons.isName(a, b) && !placeLast && (lex.isGivenName(doc.tokenText(a)) || roleBefore
        || persons.hasContext(a, b) || roles.commaBefore(a))) {
      persons.add(a, b, afterRole);
      return;
    }
    String text = Norm.fold(doc.slice(doc.tokenStart(a), doc.tokenEnd(b - 1)));
    int st = doc.tokenStart(a);
    int en = doc.tokenEnd(b - 1);
    if ((facts.precededByMachineCue(st) || facts.followedByMachineCue(en) && !afterRole) && !doc.placeAt(st, en)
        && facts.cue("org", a, b) == null) {
      doc.add(st, en, EntityType.PLACE, "infrastructure", Cand.PATTERN, "T:" + text);
      return;
    }
    String eventAfter = facts.cue("org", a, b) == null ? facts.eventNounAfter(en) : null;
    if (eventAfter != null) {
      Cand c = doc.add(st, en, EntityType.EVENT, eventAfter, Cand.CUE_NAME, "T:" + text);
      c.attrs.put("_titled", Boolean.TRUE);
      return;
    }
    if (facts.followedBySite(en) && facts.cue("org", a, b) == null && b - a >= 2) {
      doc.add(st, en, EntityType.PLACE, "venue", Cand.CUE_NAME, "T:" + text);
      return;
    }
    String head = facts.headSection(a, b);
    String kind = head == null ? null : OrgKinds.department(doc, a, facts.cue(head, a, b));
    if ("infrasite".equals(head)) {
      addNamed(a, b, EntityType.PLACE, "infrastructure");
    } else if ("venue".equals(head) && b - a > 1) {
      addNamed(a, b, EntityType.PLACE, "venue");
    } else if ("event".equals(head) && b - a > 1) {
      addNamed(a, b, EntityType.EVENT, kind);
    } else if ("event".equals(head) && EventTitleComplements.end(doc, a) > b) {
      addNamed(a, EventTitleComplements.end(doc, a), EntityType.EVENT, kind);
    } else if ("programme".equals(head) && b - a > 1) {
      addNamed(a, b, EntityType.PROGRAMME, kind);
    } else if ("org".equals(head) && "science park".equals(kind) && locatedAt(a)) {
      addNamed(a, b, EntityType.PLACE, "venue");
    } else if ("org".equals(head)) {
      addNamed(a, b, EntityType.ORG, kind);
    } else if (!doc.placeAt(st, en) && !facts.allStop(a, b) && !isThemeLike(text)) {
      weak.add(a, b, s);
    }
  }

  /** A known place of several words starts at token a: its article is part of the name ("Las Vegas", "La Spezia"). */
  private boolean knownPlaceFrom(int a) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.prio >= Cand.PLACE && c.start == doc.tokenStart(a)
          && c.end > doc.tokenEnd(a)) {
        return true;
      }
    }
    return false;
  }

  /** "at the Kelso Science Park", "nel Parco Tecnologico di X": a park after a locative is where something is. */
  private static final Set<String> AT = Words.set("at", "in", "en", "a", "presso", "nel", "nello", "al", "au", "dans",
      "inside", "within");

  private boolean locatedAt(int a) {
    int k = a - 1;
    if (k > 0 && Words.ARTICLES.contains(Norm.fold(doc.folded(k)))) {
      k--;
    }
    return k >= 0 && AT.contains(Norm.fold(doc.folded(k)));
  }

  private void addNamed(int a, int b, EntityType type, String kind) {
    if (type == EntityType.EVENT) {
      b = facts.topicExtension(EventNameTowns.end(doc, places, a, b));
    }
    int st = doc.tokenStart(a);
    int en = doc.tokenEnd(b - 1);
    boolean cueOnly = true;
    for (int i = a; i < b; i++) {
      String w = doc.folded(i);
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

  private static final Set<String> PERSON_NAMED = Words.set("university", "research foundation", "school", "research");

  /** "University of Bari Aldo Moro", "Fondazione Bruno Kessler": institutions named after a person. */
  private boolean namedAfterPerson(int a, int g) {
    String kind = facts.cue("org", a, g);
    return kind != null && PERSON_NAMED.contains(kind) && (places.placeAt(g - 1) || lex.inSection("org", doc.tokenText(g - 1)))
        && !Norm.isAcronymLike(doc.tokenText(g - 1));
  }

  /** The chunk ends with a lower-case cue phrase: "Chambre de commerce", "Palais des congrès". */
  /** "European Robotics Forum 2027", "Global AI Summit 2026": the year of an edition belongs to the event's name. */
  private boolean editionYear(int a, int b) {
    if (b - a < 2 || !doc.tokenText(b - 1).matches("(?:19|20)\\d\\d") || !doc.tokens.get(b - 2).isUpper()) {
      return false;
    }
    for (int k = a; k < b - 1; k++) {
      if (lex.inSection("event", doc.tokenText(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithCue(int a, int b) {
    StringBuilder phrase = new StringBuilder();
    for (int k = b - 1; k >= Math.max(a, b - 6); k--) {
      String w = Norm.fold(doc.tokenText(k));
      phrase.insert(0, w.endsWith("'") || phrase.length() == 0 ? w : w + " ");
      if (k < b - 1 && (lex.inSection("org", phrase.toString()) || lex.inSection("venue", phrase.toString()))) {
        return true;
      }
    }
    return false;
  }

  private boolean isThemeLike(String folded) {
    return ThemeRecogniser.isTerm(folded);
  }
}
