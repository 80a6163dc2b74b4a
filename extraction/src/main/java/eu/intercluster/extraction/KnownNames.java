package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds built-in places, EU bodies, programmes and trade fairs, and the caller's gazetteer names. */
final class KnownNames {
  /** Articles that start a place name written with its capitals ("La Réunion"); set before the lexicon is read. */
  private static final Set<String> LEADING_ARTICLES = Words.set("La", "Le", "Les", "El", "Los", "Las", "The", "Il",
      "Lo");
  private record Known(EntityType type, String kind, String canon, String placeId, String externalId, int prio) {}

  private static final TermMatcher<Known> BUILT_IN = buildBuiltIn();
  private final TermMatcher<Known> caller;

  KnownNames(List<GazetteerEntry> entries) {
    caller = new TermMatcher<>();
    for (GazetteerEntry e : entries) {
      String canon = "ext:" + (e.externalId() != null ? e.externalId() : Norm.fold(e.name()));
      // A map's place is a place: it competes like one, so "Camera di commercio di Bologna" or "Università di
      // Bologna" stays one organisation when the map knows Bologna (at the caller's priority the place won).
      int prio = e.type() == EntityType.PLACE ? Cand.PLACE : Cand.CALLER;
      Known k = new Known(e.type(), e.kind(), canon, null, e.externalId(), prio);
      caller.add(e.name(), k, false);
      for (String a : e.aliases()) {
        caller.add(a, k, false);
      }
    }
  }

  private static TermMatcher<Known> buildBuiltIn() {
    TermMatcher<Known> m = new TermMatcher<>();
    Lexicon lex = Lexicon.INSTANCE;
    for (String[] row : lex.places) {
      Known k = new Known(EntityType.PLACE, row[0], "place:" + row[1], row[1], null, Cand.PLACE);
      for (int i = 2; i < row.length; i++) {
        m.add(row[i], k, true, startsWithArticle(row[i]) || Character.isLowerCase(row[i].charAt(0)));
      }
    }
    addRows(m, lex.euBodies, EntityType.ORG);
    addRows(m, lex.programmes, EntityType.PROGRAMME);
    addRows(m, lex.fairs, EntityType.EVENT);
    return m;
  }

  /**
   * "La Réunion", "La Rioja": the name after the article is capitalised too (not "la riunione", "la reunión"); a
   * name the gazetteer writes with a lower-case noun ("mer du Nord") matches so, its name still capitalised.
   */
  private static boolean startsWithArticle(String surface) {
    int space = surface.indexOf(' ');
    return space > 0 && LEADING_ARTICLES.contains(surface.substring(0, space));
  }


  private static void addRows(TermMatcher<Known> m, List<String[]> rows, EntityType type) {
    for (String[] row : rows) {
      Known k = new Known(type, row[0], "known:" + Norm.fold(row[1]), null, null, Cand.KNOWN);
      for (int i = 1; i < row.length; i++) {
        m.add(row[i], k, true);
      }
    }
  }

  void recognise(Doc doc) {
    List<TermMatcher.Match<Known>> places = new ArrayList<>();
    for (TermMatcher.Match<Known> m : caller.findAll(doc.subs, doc.text)) {
      if (!insideLongerName(doc, m)) {
        add(doc, m);
        if (m.payload().type() == EntityType.PLACE) {
          places.add(m);
        }
      }
    }
    List<TermMatcher.Match<Known>> builtIn = BUILT_IN.findAll(doc.subs, doc.text);
    for (TermMatcher.Match<Known> m : builtIn) {
      if (!doc.coveredBy(m.start(), m.end(), Cand.CALLER) && !overlapsAny(places, m)) {
        add(doc, m, chapterEnd(doc, m, builtIn));
      }
    }
  }

  private static boolean overlapsAny(List<TermMatcher.Match<Known>> matches, TermMatcher.Match<Known> m) {
    for (TermMatcher.Match<Known> other : matches) {
      if (other.start() < m.end() && m.start() < other.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A caller's one-word name written like a common word ("Region", "Regione": aliases a map may give a
   * regional government) next to another capitalised word is part of a longer name ("Interreg Danube
   * Region Programme", "Regione Lombardia"), not the map's record. Acronyms and names with digits or
   * hyphens ("ART-ER", "INFN") still match, and so does a name after a capitalised article ("La Regione").
   */
  private static boolean insideLongerName(Doc doc, TermMatcher.Match<Known> m) {
    int i = doc.tokenAt(m.start());
    if (i < 0 || doc.tokens.get(i).end() != m.end() || !doc.tokens.get(i).text().matches("\\p{Lu}\\p{Ll}+")) {
      return false;
    }
    return capitalisedNeighbour(doc, i - 1, i) || capitalisedNeighbour(doc, i, i + 1);
  }

  private static boolean capitalisedNeighbour(Doc doc, int left, int right) {
    if (left < 0 || right >= doc.tokens.size()) {
      return false;
    }
    Token a = doc.tokens.get(left);
    Token b = doc.tokens.get(right);
    return doc.text.substring(a.end(), b.start()).equals(" ") && a.isWord() && b.isWord() && a.isUpper()
        && b.isUpper() && !Words.FUNCTION.contains(a.folded()) && !Words.FUNCTION.contains(b.folded());
  }

  /**
   * "Enterprise Europe Network Scotland": a known network named with a region or country right after it is that
   * network's chapter there, one name of its own (annotators keep it apart from the network); else the match's end.
   */
  private static int chapterEnd(Doc doc, TermMatcher.Match<Known> m, List<TermMatcher.Match<Known>> matches) {
    if (m.payload().type() != EntityType.ORG || !"network".equals(m.payload().kind())) {
      return m.end();
    }
    for (TermMatcher.Match<Known> p : matches) {
      Known k = p.payload();
      if (p.start() == m.end() + 1 && doc.text.charAt(m.end()) == ' ' && k.type() == EntityType.PLACE
          && ("region".equals(k.kind()) || "country".equals(k.kind()))) {
        return p.end();
      }
    }
    return m.end();
  }

  private static void add(Doc doc, TermMatcher.Match<Known> m) {
    add(doc, m, m.end());
  }

  private static void add(Doc doc, TermMatcher.Match<Known> m, int chapterEnd) {
    Known k = m.payload();
    int end = chapterEnd;
    String canon = end > m.end() ? "T:" + Norm.fold(doc.slice(m.start(), end)) : k.canon();
    if (k.type() == EntityType.EVENT && k.canon().startsWith("known:")) {
      if (!TradeFairs.standsAlone(doc, m.start(), end)) {
        return;
      }
      // as FairNames writes a fair: the edition's year stays in the name, the text's other mentions join it
      canon = "T:" + Norm.fold(doc.slice(m.start(), end));
      end = FairNames.yearEnd(doc, end);
    }
    if (k.type() == EntityType.PROGRAMME && k.externalId() == null) {
      int i = doc.tokenFrom(end);
      while (i < doc.tokens.size() && doc.tokens.get(i).isUpper() && doc.tokens.get(i).isWord()
          && doc.text.substring(end, doc.tokens.get(i).start()).equals(" ")) {
        end = doc.tokens.get(i++).end();
      }
      if (end > m.end() && i < doc.tokens.size() && doc.text.substring(end, doc.tokens.get(i).start()).equals(" ")
          && doc.tokens.get(i).text().matches("\\d{1,2}")) {
        end = doc.tokens.get(i).end();
      }
      canon = end > m.end() ? "T:" + Norm.fold(doc.slice(m.start(), end)) : canon;
    }
    Cand c = doc.add(m.start(), end, k.type(), k.kind(), k.prio(), canon);
    c.placeId = k.placeId();
    c.externalId = k.externalId();
  }
}
