package eu.intercluster.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline of a press item: a full date at the start of one of the first lines, alone or after a place or a
 * short label and a comma, dash or bar, and followed by the end of the line or a dash ("Bologna, 5 settembre 2025
 * –", "Pau, le 12 mars 2026 –", "Comunicato stampa – Mantova, 3 giugno 2025", "Brussels, 4 March 2025"). The
 * headline and a section label may stand before it. It fixes "oggi", "ieri" and "this morning".
 */
final class Dateline {
  /** How many non-blank lines from the top of the body the dateline may stand on. */
  private static final int LINES = 6;
  /** A publication label before the date: "Posted on 11 May 2026", "Pubblicato il 13/04/2026". */
  private static final String PUBLISHED = "(?:posted|published|pubblicato|publié|publicado)(?:\\s+(?:on|il|le|el))?";
  /** A numeric day, month and year alone at the start of a line or after a publication label: "19.03.2025 |". */
  private static final Pattern NUMERIC = Pattern.compile("(?iu)^(?:" + PUBLISHED + "\\s+)?(\\d{1,2})[./](\\d{1,2})[./](\\d{4})"
      + "(?=\\s*(?:$|[–—|-]))");
  private static final Pattern LINE = Pattern.compile("(?iu)^(?:[^\\n]{1,50}?\\s[–—|]\\s+)?"
      + "(?:([\\p{L}'’.\\-]++(?:\\s?/?\\s?[\\p{L}'’.\\-]++){0,5})(?:\\s*\\([^)\\n]{1,30}\\))?"
      + "(?:,\\s*[\\p{L}'’.\\- ]{2,30})?,\\s*)?(?:" + PUBLISHED + "\\s+)?(?:\\p{L}+\\s+)?"
      + "(\\d{1,2})(?:er|°|º)?\\s+(?:de\\s+)?" + DateRecogniser.MONTH_NAMES + ",?\\s+(?:de\\s+)?(\\d{4})"
      + "(?=\\s*(?:$|[–—|/.:-]))");

  private Dateline() {}

  /** Where the dateline's date stands, with its ISO value, or null. */
  record Found(int start, int end, String iso, String place, int placeStart) {}

  static Found find(String text) {
    int lineStart = 0;
    for (int n = 0; n < LINES && lineStart < text.length(); lineStart++) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (text.substring(lineStart, lineEnd).isBlank()) {
        lineStart = lineEnd;
        continue;
      }
      n++;
      Matcher m = LINE.matcher(text).region(lineStart, lineEnd).useAnchoringBounds(true);
      if (m.lookingAt()) {
        String iso = DateRecogniser.iso(m.group(4), DateRecogniser.month(m.group(3)), m.group(2));
        if (iso != null) {
          String place = m.group(1) == null ? null : m.group(1).strip();
          return new Found(m.start(2), m.end(), iso, place, m.start(1));
        }
      }
      Matcher numeric = NUMERIC.matcher(text).region(lineStart, lineEnd).useAnchoringBounds(true);
      if (numeric.lookingAt()) {
        String iso = DateRecogniser.iso(numeric.group(3), Integer.parseInt(numeric.group(2)), numeric.group(1));
        if (iso != null) {
          return new Found(numeric.start(1), numeric.end(), iso, null, -1);
        }
      }
      lineStart = lineEnd;
    }
    return null;
  }
}
