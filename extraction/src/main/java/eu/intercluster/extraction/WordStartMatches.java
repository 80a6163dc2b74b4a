package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@code pattern.matcher(doc.text)}'s {@link Matcher#find} loop gives, for a pattern whose every match
 * opens with {@code \b} before a letter ("\\b(?:Ministry|Ministero ...)"): such a match can only start where a
 * letter or digit follows no letter or digit ({@link Doc#letterRunStarts}), so only those offsets are tried, and
 * of those only the ones whose first two characters can start a match ({@link MatchStarts}). Each is tried with
 * transparent bounds (the {@code \b} and any look-behind see the text before it) and without anchoring bounds, so
 * the engine answers there exactly as {@code find} would; a match resumes the search at its end, as {@code find}
 * does. The pattern is unchanged, case-insensitive ones included.
 */
final class WordStartMatches {
  private static final Map<Pattern, MatchStarts> STARTS = new ConcurrentHashMap<>();

  private WordStartMatches() {}

  static List<MatchResult> of(Doc doc, Pattern pattern) {
    List<MatchResult> out = new ArrayList<>();
    MatchStarts starts = STARTS.computeIfAbsent(pattern, MatchStarts::new);
    Matcher m = pattern.matcher(doc.text).useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int start : doc.letterRunStarts()) {
      if (start < next || !starts.mayStartAt(doc.text, start)) {
        continue;
      }
      m.region(start, doc.text.length());
      if (m.lookingAt()) {
        next = m.end() == m.start() ? m.end() + 1 : m.end();
        out.add(m.toMatchResult());
      }
    }
    return out;
  }
}
