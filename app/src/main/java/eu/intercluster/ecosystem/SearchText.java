package eu.intercluster.ecosystem;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accent- and case-insensitive search keys. "Québec", "QUEBEC" and "quebec" give the same key;
 * "ART-ER" is also indexed as "arter" so that acronyms are found however they are typed.
 */
public final class SearchText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchText() {}

  /** Lower case, no accents, ’ unified with ', white space collapsed. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("")
        .replace('’', '\'').replace('‘', '\'').replace('`', '\'')
        .toLowerCase(Locale.ROOT);
    return SPACES.matcher(plain).replaceAll(" ").strip();
  }

  /** The normalised text with punctuation removed: "art-er" becomes "arter". */
  public static String compact(String text) {
    return NON_ALNUM.matcher(normalise(text)).replaceAll("");
  }

  /** One search key for a record from all its names and facts, with compact name forms. */
  public static String of(Collection<String> parts) {
    Set<String> keys = new LinkedHashSet<>();
    for (String part : parts) {
      if (part == null || part.isBlank()) {
        continue;
      }
      keys.add(normalise(part));
      String compact = compact(part);
      if (!compact.isEmpty()) {
        keys.add(compact);
      }
    }
    String joined = String.join(" | ", keys);
    return joined.length() > 7900 ? joined.substring(0, 7900) : joined;
  }

  public static String of(String... parts) {
    return of(Arrays.asList(parts));
  }

  /** The normalised words of a query, each of which a match must contain. */
  public static List<String> terms(String query) {
    return Arrays.stream(normalise(query).split("[\\s,;]+"))
        .map(term -> term.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
        .filter(term -> !term.isEmpty())
        .filter(Objects::nonNull)
        .toList();
  }
}
