package eu.intercluster.extraction;

import java.util.Set;

/** Questions the chunk classifier asks about places: known places at or inside a range, locative context. */
final class ChunkPlaceFacts {
  private final Doc doc;

  ChunkPlaceFacts(Doc doc) {
    this.doc = doc;
  }

  boolean exactPlace(int st, int en) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.start == st && c.end == en) {
        return true;
      }
    }
    return false;
  }

  boolean locativeBefore(int a) {
    String prep = Words.f(doc.tokens.get(a - 1));
    if (Words.set("in", "à", "en", "nach").contains(prep)) {
      return true;
    }
    if (prep.equals("a") && "it".equals(doc.lang) && a + 1 < doc.tokens.size() && !doc.tokens.get(a + 1).isUpper()
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
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.start == doc.tokenStart(i)) {
        return true;
      }
    }
    return false;
  }
}
