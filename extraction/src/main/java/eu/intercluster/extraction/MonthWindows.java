package eu.intercluster.extraction;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a date with a month name can start: at most {@link #WINDOW} characters before a month name. The date
 * patterns then skip the word starts of a body that no month name follows closely, which is most of them.
 */
final class MonthWindows {
  /** Longer than any date prefix before its month ("entre el 12 y el 14 de", "este miércoles, pasado 12º de"). */
  static final int WINDOW = 64;
  static final MonthWindows ANYWHERE = new MonthWindows(null);
  private static final String NAMES = DateRecogniser.MONTH_NAMES.substring(1, DateRecogniser.MONTH_NAMES.length() - 1);
  private static final Pattern LOWER = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + NAMES + ")");
  private static final Pattern ANY_CASE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + NAMES + ")");
  private final int[] starts;

  private MonthWindows(int[] starts) {
    this.starts = starts;
  }

  static MonthWindows of(Doc doc) {
    boolean lowered = doc.lower != doc.text;
    Matcher m = (lowered ? LOWER : ANY_CASE).matcher(lowered ? doc.lower : doc.text);
    int[] found = new int[8];
    int n = 0;
    while (m.find()) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = m.start();
    }
    return new MonthWindows(Arrays.copyOf(found, n));
  }

  boolean any() {
    return starts == null || starts.length > 0;
  }

  /** Whether a month name starts within the window from this offset. */
  boolean mayStartAt(int offset) {
    if (starts == null) {
      return true;
    }
    int i = Arrays.binarySearch(starts, offset);
    int next = i >= 0 ? i : -i - 1;
    return next < starts.length && starts[next] - offset <= WINDOW;
  }
}
