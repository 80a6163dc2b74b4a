package eu.intercluster.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** String normalisation shared by matching, entity merging and scoring. */
public final class Norm {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private Norm() {}

  /** NFC, casefold, collapse whitespace (including no-break spaces), unify quotes and apostrophes. */
  public static String surface(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
        .replace('\u201C', '"').replace('\u201D', '"').replace('\u00AB', '"').replace('\u00BB', '"');
    return SPACES.matcher(n).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }

  /** {@link #surface} plus accents removed and hyphens read as spaces: "ACCIÓ" = "acciò", "Québec" = "quebec". */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    String ascii = foldPrintableAscii(s);
    if (ascii != null) {
      return ascii;
    }
    String cached = FOLD_CACHE.get(s);
    if (cached != null) {
      return cached;
    }
    String f = computeFold(s);
    if (s.length() <= 64 && FOLD_CACHE.size() < 200_000) {
      FOLD_CACHE.put(s, f);
    }
    return f;
  }

  /**
   * {@link #computeFold} of a string of printable ASCII characters without a hyphen (most tokens), without the
   * cache: nothing to normalise, replace, collapse or trim, so it is the string lower-cased; null for any other.
   */
  private static String foldPrintableAscii(String s) {
    boolean upper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c >= 0x7F || c == '-') {
        return null;
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    return upper ? s.toLowerCase(Locale.ROOT) : s;
  }

  private static final java.util.Map<String, String> FOLD_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private static String computeFold(String s) {
    String n = Normalizer.normalize(surface(s), Normalizer.Form.NFD);
    n = MARKS.matcher(n).replaceAll("");
    return SPACES.matcher(n.replace('-', ' ').replace('\u2010', ' ')).replaceAll(" ").trim();
  }

  static boolean isUpperStart(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }

  /** A short part with a capital ("Art-Er", "Clust-ER") or a part in capitals; a lower-case particle of a place name
   * ("Romilly-sur-Seine", "Louvain-la-Neuve") does not count. */
  private static boolean shortOrCapsPart(String s) {
    for (String part : s.split("-")) {
      boolean shortName = part.length() <= 3 && part.chars().anyMatch(Character::isUpperCase);
      if (shortName || part.length() >= 2 && part.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }

  /** True for tokens such as ALMA, INFN-CNAF, IT4LIA, BH2C, ACCIÓ, ART-ER, Art-Er, Clust-ER. */
  static boolean isAcronymLike(String s) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    if (letters < 2) {
      return false;
    }
    if (upper == letters) {
      return true;
    }
    boolean hyphenCaps = s.contains("-") && upper >= 2 && Character.isUpperCase(s.charAt(0)) && shortOrCapsPart(s);
    boolean innerCaps = upper >= 2 && Character.isUpperCase(s.charAt(0)) && s.chars().anyMatch(Character::isDigit);
    return hyphenCaps || innerCaps;
  }
}
