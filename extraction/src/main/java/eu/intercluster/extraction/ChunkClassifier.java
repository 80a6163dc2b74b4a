package eu.intercluster.extraction;

import java.util.Set;

/**
 * Decides what a capitalised chunk is: its edges are trimmed ({@link ChunkEdges}), role words and an office's
 * portfolio are split off ({@link ChunkPortfolios}), person names are split out, and the rest
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
  private final ChunkEdges edges;
  private final ChunkPortfolios portfolios;

  ChunkClassifier(Doc doc, Set<String> capsMid) {
    this.doc = doc;
    this.persons = new PersonNames(doc);
    this.facts = new ChunkFacts(doc);
    this.places = new ChunkPlaceFacts(doc);
    this.weak = new WeakNames(doc, capsMid, facts, places);
    this.roles = new RoleContext(doc);
    this.edges = new ChunkEdges(doc);
    this.portfolios = new ChunkPortfolios(doc, facts);
  }

  /** Classifies the chunk [a, b) of sentence s, adding its candidates and role spans to the document. */
  void classify(int a, int b, Sentence s) {
    int[] name = edges.trim(a, b, s);
    a = name[0];
    b = name[1];
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
      boolean portfolio = portfolios.isPortfolio(r);
      int org = portfolio ? portfolios.organisation(rest, b) : rest;
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
    int pw = portfolios.wordBefore(a);
    if (pw >= 0) {
      int org = portfolios.organisation(a, b);
      doc.roleSpans.add(new int[] {doc.tokenStart(pw), doc.tokenEnd(b - 1)});
      if (org >= 0) {
        classifyName(org, b, s, true);
      }
      return;
    }
    classifyName(a, b, s, false);
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

  private boolean isThemeLike(String folded) {
    return ThemeRecogniser.isTerm(folded);
  }
}
