package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct speech: text between «…», “…” or straight double quotes on one line, longer than a quoted name or title
 * ({@value #MIN_CHARS} characters or more). What a speaker says ("«Le nostre imprese portano competenze»", "Cork had
 * the talent") is seldom what the text is about: annotators rarely take a theme from it.
 */
final class DirectSpeech {
  static final int MIN_CHARS = 60;

  private DirectSpeech() {}

  /** The [start, end) character ranges of direct speech in the text, in order. */
  static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char close = c == '«' ? '»' : c == '“' ? '”' : c == '"' ? '"' : 0;
      if (close == 0) {
        i++;
        continue;
      }
      int j = text.indexOf(close, i + 1);
      int line = text.indexOf('\n', i + 1);
      if (j < 0 || line >= 0 && line < j) {
        i++;
        continue;
      }
      if (j - i >= MIN_CHARS) {
        out.add(new int[] {i, j + 1});
      }
      i = j + 1;
    }
    return out;
  }

  /** Whether the offset lies inside one of the spans. */
  static boolean inside(List<int[]> spans, int offset) {
    for (int[] s : spans) {
      if (offset >= s[0] && offset < s[1]) {
        return true;
      }
    }
    return false;
  }
}
