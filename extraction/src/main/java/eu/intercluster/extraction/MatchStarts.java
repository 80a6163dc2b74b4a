package eu.intercluster.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters a match of a pattern can start with, asked of the regex engine once per character: when the
 * one-character input neither matches nor makes the engine reach its end ({@link Matcher#hitEnd()}), no input
 * starting with that character can match, so the caller may skip that position. Only for matching from the start
 * of a region with opaque bounds (what {@link Matcher#region} gives), where nothing before the position is seen.
 * Characters past {@code CHECKED} and surrogates are always tried. The same question is asked of the first two
 * characters ({@link #mayStartAt}), which rules out most word starts of a body ("pe" cannot start "promosso da").
 */
final class MatchStarts {
  private static final int CHECKED = 0x800;
  private static final int PAIRED = 0x180;
  private static final byte UNKNOWN = 0;
  private static final byte POSSIBLE = 1;
  private static final byte IMPOSSIBLE = 2;
  private final Pattern pattern;
  /** Per character: UNKNOWN until asked; a racing thread at worst asks the engine again for the same answer. */
  private final byte[] known = new byte[CHECKED];
  /** Per first and second character below {@code PAIRED} (Latin letters, digits, punctuation), filled when asked. */
  private final byte[][] pairs = new byte[PAIRED][];

  MatchStarts(Pattern pattern) {
    this.pattern = pattern;
  }

  boolean mayStartWith(char c) {
    if (c >= CHECKED) {
      return true;
    }
    if (known[c] == UNKNOWN) {
      known[c] = possible(String.valueOf(c));
    }
    return known[c] == POSSIBLE;
  }

  /** Like {@link #mayStartWith(char)} for the first two characters at an offset of the text. */
  boolean mayStartAt(String text, int offset) {
    char c = text.charAt(offset);
    if (!mayStartWith(c)) {
      return false;
    }
    if (offset + 1 >= text.length() || c >= PAIRED) {
      return true;
    }
    char d = text.charAt(offset + 1);
    if (d >= PAIRED) {
      return true;
    }
    byte[] seconds = pairs[c];
    if (seconds == null) {
      seconds = new byte[PAIRED];
      pairs[c] = seconds;
    }
    if (seconds[d] == UNKNOWN) {
      seconds[d] = possible(text.substring(offset, offset + 2));
    }
    return seconds[d] == POSSIBLE;
  }

  private byte possible(String start) {
    Matcher m = pattern.matcher(start);
    return m.lookingAt() || m.hitEnd() ? POSSIBLE : IMPOSSIBLE;
  }
}
