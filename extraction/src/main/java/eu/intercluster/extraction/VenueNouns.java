package eu.intercluster.extraction;

import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A name with the lower-case noun that makes it a place: "hotel Rex", "via Tűzoltó", "piazza Garibaldi", "campus
 * AgriCo", "Kamppi district", "Jana Pawła II street", "Charlemagne building". The noun belongs to the place's name.
 * A numbered hall of a fair ground is a place too: "hall 14", "padiglione 3", "halls 8a and 8b".
 */
final class VenueNouns {
  private static final Map<String, String> BEFORE = Map.ofEntries(Map.entry("hotel", "venue"),
      Map.entry("hôtel", "venue"), Map.entry("campus", "venue"), Map.entry("ospedale", "building"),
      Map.entry("hôpital", "building"), Map.entry("hospital", "building"), Map.entry("aeroporto", "infrastructure"),
      Map.entry("aéroport", "infrastructure"), Map.entry("aeropuerto", "infrastructure"), Map.entry("via", "address"),
      Map.entry("viale", "address"), Map.entry("piazza", "address"), Map.entry("piazzale", "address"),
      Map.entry("corso", "address"), Map.entry("rue", "address"), Map.entry("avenue", "address"),
      Map.entry("boulevard", "address"), Map.entry("calle", "address"), Map.entry("avenida", "address"),
      Map.entry("plaza", "address"), Map.entry("paseo", "address"));
  private static final Map<String, String> AFTER = Map.ofEntries(Map.entry("district", "district"),
      Map.entry("street", "address"), Map.entry("square", "address"), Map.entry("road", "address"),
      Map.entry("building", "building"), Map.entry("estuary", "sea"));

  private VenueNouns() {}

  private static final Pattern NUMBERED_HALL = Pattern.compile("(?iu)\\b(?:halls?|padiglion[ei]|pabell(?:ó|o)n(?:es)?"
      + "|pavilions?|pavillons?)\\s+\\d{1,3}[a-z]?(?:\\s+(?:and|e|y|et)\\s+\\d{1,3}[a-z]?)?(?![\\p{L}\\d])");

  static void recognise(Doc doc) {
    for (MatchResult m : WordStartMatches.of(doc, NUMBERED_HALL)) {
      add(doc, m.start(), m.end(), "venue", Cand.CUE_NAME);
    }
    for (Cand c : List.copyOf(doc.cands)) {
      if (c.type != EntityType.ORG && c.type != EntityType.PLACE || c.generic || c.reference) {
        continue;
      }
      int first = doc.tokenAt(c.start);
      int last = doc.tokenAt(c.end - 1);
      if (first < 0 || last < 0) {
        continue;
      }
      if (first > 0 && nounAt(doc, first - 1, BEFORE) != null && doc.oneSpaceBetween(first - 1, first)) {
        add(doc, doc.tokens.get(first - 1).start(), c.end, nounAt(doc, first - 1, BEFORE), c.prio);
      } else if (last + 1 < doc.tokens.size() && nounAt(doc, last + 1, AFTER) != null
          && doc.oneSpaceBetween(last, last + 1)) {
        add(doc, c.start, doc.tokens.get(last + 1).end(), nounAt(doc, last + 1, AFTER), c.prio);
      }
    }
    VenueCityTails.split(doc);
    FairgroundNames.recognise(doc);
  }

  private static String nounAt(Doc doc, int i, Map<String, String> nouns) {
    Token t = doc.tokens.get(i);
    return t.isWord() && !t.isUpper() ? nouns.get(t.text()) : null;
  }

  private static void add(Doc doc, int start, int end, String kind, int prio) {
    doc.add(start, end, EntityType.PLACE, kind, Math.max(prio, Cand.CUE_NAME) + 1, "T:" + Norm.fold(doc.slice(start, end)));
  }
}
