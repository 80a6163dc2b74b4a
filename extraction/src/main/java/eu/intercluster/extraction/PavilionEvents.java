package eu.intercluster.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A national or regional pavilion at a fair is an event of its own (kind fair; the corpus: 25 EVENTs, 7 PLACEs, the
 * places being numbered halls): "the Norway pavilion", "a joint pavilion", "Pavillon France", "padiglione nazionale",
 * "pabellón agrupado", "collettiva regionale", "joint showroom". A numbered hall ("padiglione 3") stays a place
 * ({@link VenueNouns}).
 */
final class PavilionEvents {
  private static final String ROMANCE_ADJECTIVE = "(?:nazional[ei]|regional[ei]?|national[e]?|régional[e]?"
      + "|agrupad[oa]|conjunt[oa]|collettiv[oa]|collecti(?:f|ve)|commun[e]?|compartid[oa]|\\p{Lu}[\\p{L}-]+)";
  private static final Pattern ENGLISH = Pattern.compile("(?u)\\b(?:(?:national|joint|regional|collective|shared"
      + "|country)|\\p{Lu}[\\p{L}-]+)\\s+(?:[Pp]avilion|showroom|national stand)\\b(?!\\s*\\d)");
  private static final Pattern ROMANCE = Pattern.compile("(?u)\\b(?:[Pp]avillon|[Pp]adiglione|[Pp]abellón|collettiva"
      + "|stand collettivo)\\s+" + ROMANCE_ADJECTIVE + "(?![\\p{L}\\d])(?!\\s+\\d)");
  private static final java.util.Set<String> NOT_NAMES = Words.set("the", "a", "an", "our", "its", "their", "this",
      "in", "at", "of", "and", "for", "with", "to", "from", "on", "by", "della", "delle", "degli", "dello");

  /** Lower-case stems one of the patterns needs; a text without any is not searched. */
  private static final String[] STEMS = {"pavil", "showroom", "national stand", "padiglion", "pabell", "collettiv"};

  private PavilionEvents() {}

  static void recognise(Doc doc) {
    if (!doc.mentionsAny(STEMS)) {
      return;
    }
    for (Pattern p : new Pattern[] {ENGLISH, ROMANCE}) {
      Matcher m = p.matcher(doc.text);
      while (m.find()) {
        String first = m.group().split("\\s+")[0];
        String last = m.group().substring(m.group().lastIndexOf(' ') + 1);
        if (NOT_NAMES.contains(first.toLowerCase(java.util.Locale.ROOT))
            || NOT_NAMES.contains(last.toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        doc.add(m.start(), m.end(), EntityType.EVENT, "fair", Cand.PATTERN, "T:" + Norm.fold(m.group()));
      }
    }
  }
}
