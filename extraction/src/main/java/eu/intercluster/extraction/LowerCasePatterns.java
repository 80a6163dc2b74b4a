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
    forEach(doc, p, m -> out.add(new int[] {m.start(), m.end()}));
    return out;
  }

  /**
   * Calls the action with the matcher on every match, as {@link #findAll} finds them; offsets are the body's, but
   * on a lower-case twin {@code group()} is lower-cased text (take the body's substring for the original).
   */
  static void forEach(Doc doc, Pattern p, java.util.function.Consumer<Matcher> action) {
    Matcher m = matcher(doc, p);
    if (m.pattern() == p) {
      while (m.find()) {
        action.accept(m);
      }
      return;
    }
    MatchStarts starts = starts(m.pattern());
    int last = 0;
    for (int ws : doc.wordStarts()) {
      if (ws < last || !starts.mayStartAt(doc.lower, ws)) {
        continue;
      }
      m.region(ws, doc.lower.length());
      if (m.lookingAt()) {
        last = Math.max(m.end(), ws + 1);
        action.accept(m);
      }
    }
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
