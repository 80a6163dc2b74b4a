package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartMatchesTest {
  private static List<String> found(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static List<String> atWordStarts(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    WordStartMatches.of(new Doc(text, "en"), p).forEach(m -> out.add(m.start() + "-" + m.end() + ":" + m.group()));
    return out;
  }

  @Test
  void findsWhatFindFinds() {
    Pattern ministry = Pattern.compile("\\b(?:Ministry|Ministero)\\s+(?:of|del)\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?");
    Pattern cue = Pattern.compile("\\b(?:specialised in|maker of|makers of)\\s+", Pattern.CASE_INSENSITIVE
        | Pattern.UNICODE_CASE);
    Pattern iso = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    String text = "The Ministry of Economy Ministry of Finance, the_Ministry of Trade, xMinistry of Labour, "
        + "\uD835\uDC00Ministry of Health, é\u0301Ministry of Justice; Ministero del Lavoro. A firm SPECIALISED IN "
        + "wood, makers of makers of boats, on 2025-03-04 and 12025-03-04 or _2025-03-04.";
    for (Pattern p : List.of(ministry, cue, iso)) {
      assertThat(atWordStarts(p, text)).isEqualTo(found(p, text)).isNotEmpty();
    }
  }

  @Test
  void aTextWithoutLettersHasNoMatches() {
    assertThat(atWordStarts(Pattern.compile("\\bMinistry"), " -- ")).isEmpty();
  }
}
