package eu.intercluster.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters a match of a pattern can start with, asked of the regex engine once per character: when the
 * one-character input neither matches nor makes the engine reach its end ({@link Matcher#hitEnd()}), no input
 * starting with that character can match, so the caller may skip that position. Only for matching from the start
 * of a region with opaque bounds (what {@link Matcher#region} gives), where nothing before the position is seen.
 * Characters past {@code CHECKED} and surrogates are always tried.
 */
final class MatchStarts {
  private static final int CHECKED = 0x800;
  private static final byte UNKNOWN = 0;
  private static final byte POSSIBLE = 1;
  private static final byte IMPOSSIBLE = 2;
  private final Pattern pattern;
  /** Per character: UNKNOWN until asked; a racing thread at worst asks the engine again for the same answer. */
  private final byte[] known = new byte[CHECKED];

  MatchStarts(Pattern pattern) {
    this.pattern = pattern;
  }

  boolean mayStartWith(char c) {
    if (c >= CHECKED) {
      return true;
    }
    if (known[c] == UNKNOWN) {
      Matcher m = pattern.matcher(String.valueOf(c));
      known[c] = m.lookingAt() || m.hitEnd() ? POSSIBLE : IMPOSSIBLE;
    }
    return known[c] == POSSIBLE;
  }
}
