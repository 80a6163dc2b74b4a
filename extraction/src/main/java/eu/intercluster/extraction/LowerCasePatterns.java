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
  private static final Map<Pattern, MatchStarts> STARTS = new ConcurrentHashMap<>();

  private LowerCasePatterns() {}

  /**
   * Every match [start, end) of the pattern, trying only word starts for lower-case twins (a cue never starts
   * inside a word), which skips most positions of the body.
   */
  static java.util.List<int[]> findAll(Doc doc, Pattern p) {
    java.util.List<int[]> out = new java.util.ArrayList<>();
    Matcher m = matcher(doc, p);
    if (m.pattern() == p) {
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
      return out;
    }
    MatchStarts starts = starts(m.pattern());
    int last = 0;
    for (int ws : doc.wordStarts()) {
      if (ws < last || !starts.mayStartWith(doc.lower.charAt(ws))) {
        continue;
      }
      m.region(ws, doc.lower.length());
      if (m.lookingAt()) {
        out.add(new int[] {m.start(), m.end()});
        last = Math.max(m.end(), ws + 1);
      }
    }
    return out;
  }

  /** The characters a match of a lower-case twin ({@link #matcher}'s pattern) can start with. */
  static MatchStarts starts(Pattern twin) {
    return STARTS.computeIfAbsent(twin, MatchStarts::new);
  }

  static Matcher matcher(Doc doc, Pattern p) {
    if (!p.pattern().startsWith("(?iu)") || doc.lower == doc.text) {
      return p.matcher(doc.text);
    }
    Pattern twin = TWINS.computeIfAbsent(p, x -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + x.pattern().substring(5)
        + ")"));
    return twin.matcher(doc.lower);
  }
}
