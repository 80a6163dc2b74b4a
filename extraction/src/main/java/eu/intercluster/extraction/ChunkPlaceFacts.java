package eu.intercluster.extraction;

import java.util.Set;

/** Questions the chunk classifier asks about places: known places at or inside a range, locative context. */
final class ChunkPlaceFacts {
  private final Doc doc;

  ChunkPlaceFacts(Doc doc) {
    this.doc = doc;
  }

  /** A known place of kind city over exactly [st, en). */
  boolean knownCity(int st, int en) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.start == st && c.end == en && c.prio >= Cand.PLACE && "city".equals(c.kind)) {
        return true;
      }
    }
    return false;
  }

  boolean locativeBefore(int a) {
    String prep = Words.f(doc.tokens.get(a - 1));
    // folded forms lose accents: the French "à" is told from the Italian "a" by its raw text
    if (Words.set("in", "en", "nach").contains(prep) || doc.tokenText(a - 1).equalsIgnoreCase("à")) {
      return true;
    }
    if ((prep.equals("a") || prep.equals("ad")) && "it".equals(doc.lang) && a + 1 < doc.tokens.size() && !doc.tokens.get(a + 1).isUpper()
        && !Lexicon.INSTANCE.isGivenName(doc.tokenText(a))) {
      return true;
    }
    if (OF.contains(prep) && placeNounBefore(a - 1)) {
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

  private static final Set<String> OF = Words.set("of", "di", "de", "del", "della", "dell'", "du", "des", "d'");
  /** Lower-case nouns of a part of a territory: "the industrial zone of Emden", "nei quartieri di Librino". */
  private static final Set<String> PLACE_NOUNS = Words.set("zona", "zone", "zones", "area", "areas", "quartiere",
      "quartieri", "quartier", "quartiers", "barrio", "barrios", "district", "districts", "isola", "isole", "isla",
      "islas", "île", "island", "islands", "città", "city", "ciudad", "ville", "town", "village", "villaggio", "pueblo",
      "frazione", "valle", "valley", "vallée", "provincia", "province", "comarca", "contea", "county", "cantone",
      "canton", "municipality", "municipio", "municipalité", "port", "porto", "puerto", "outskirts", "periferia",
      "banlieue", "afueras", "territory", "territorio", "territoire");

  /** Whether the word before position "of" (skipping an adjective or an article) names a part of a territory. */
  private boolean placeNounBefore(int of) {
    for (int k = of - 1; k >= Math.max(0, of - 2); k--) {
      Token t = doc.tokens.get(k);
      if (!t.isWord() || t.isUpper()) {
        return false;
      }
      if (PLACE_NOUNS.contains(Words.f(t))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LIST = Words.set(",", "e", "ed", "and", "et", "y");
  private static final Set<String> FROM = Words.set("from", "aus");
  private static final Set<String> TOWN_OF = Words.set("di", "of", "de", "da");
  /** Lower-case nouns for a company that may be followed by its home town: "a family business from Bersenbrück". */
  private static final Set<String> FIRM_NOUNS = Words.set("company", "firm", "business", "manufacturer", "producer",
      "maker", "startup", "start-up", "supplier", "cooperative", "sme", "winery", "group");

  /**
   * A short name inside a list of known places: "Rabat, Casablanca et Tanger", "Alba, Bra, Mondovì e Saluzzo". The
   * known place is the item before (the name then ends the item) or the item after (the name then starts one).
   */
  boolean listedWithPlaces(int a, int b) {
    if (b - a > 2 || a < 2 || b + 1 >= doc.tokens.size()) {
      return false;
    }
    boolean separatorBefore = LIST.contains(Words.f(doc.tokens.get(a - 1)));
    boolean separatorAfter = LIST.contains(Words.f(doc.tokens.get(b)));
    boolean itemEndsAfter = separatorAfter || !doc.tokens.get(b).isWord();
    boolean placeBefore = separatorBefore && placeEndsAt(doc.tokenEnd(a - 2))
        && (!doc.tokenText(a - 1).equals(",") || listBefore(placeStartEndingAt(doc.tokenEnd(a - 2))));
    boolean placeAfter = separatorAfter && placeAt(b + 1) && (separatorBefore || locativeBefore(a));
    return placeBefore && itemEndsAfter || placeAfter;
  }

  /** "Gripteknik AB from Västerås", "a family business from Bersenbrück", "Lanificio Rossi S.r.l. di Schio": a
   * company's home town. */
  boolean homeTownOfCompany(int a) {
    if (a < 2) {
      return false;
    }
    String prep = Words.f(doc.tokens.get(a - 1));
    String before = doc.tokenText(a - 2);
    return FROM.contains(prep) && (FIRM_NOUNS.contains(doc.folded(a - 2)) || CompanyNames.endsComplete(before))
        || TOWN_OF.contains(prep) && CompanyNames.endsWithLegalForm(before) && !Norm.isAcronymLike(doc.tokenText(a));
  }

  private boolean placeEndsAt(int end) {
    return placeStartEndingAt(end) >= 0;
  }

  /** Start offset of a known place ending at end, or -1. */
  private int placeStartEndingAt(int end) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.end == end && c.placeId != null) {
        return c.start;
      }
    }
    return -1;
  }

  /** Whether a list separator comes right before the offset ("A, B, C": the comma before B). */
  private boolean listBefore(int start) {
    int i = doc.tokenAt(start);
    return i > 0 && LIST.contains(Words.f(doc.tokens.get(i - 1)));
  }

  boolean containsPlace(int st, int en) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.inside(st, en)) {
        return true;
      }
    }
    return false;
  }

  /** Every letter of the range lies inside known place names ("Italia-Giappone"). */
  boolean coveredByPlaces(int st, int en) {
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

  boolean placeAt(int i) {
    return doc.placeFrom(doc.tokenStart(i));
  }
}
