package eu.intercluster.extraction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speeds up cue search: a pattern written "(?iu)..." with lower-case literals runs case-sensitively on the
 * lower-cased body, and only from word starts. Much cheaper than case-insensitive Unicode matching.
 */
final class LowerCasePatterns {
  private static final Map<Pattern, Pattern> TWINS = new ConcurrentHashMap<>();

  private LowerCasePatterns() {}

  static Matcher matcher(Doc doc, Pattern p) {
    if (!p.pattern().startsWith("(?iu)") || doc.lower == doc.text) {
      return p.matcher(doc.text);
    }
    Pattern twin = TWINS.computeIfAbsent(p, x -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + x.pattern().substring(5)
        + ")"));
    return twin.matcher(doc.lower);
  }
}
