package eu.intercluster.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The normalised body of a document, its hash for duplicate detection, titles and quoted sentences. */
final class BodyText {

  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+\\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  /** A sentence ends at a line break, or at . ! ? (or …) followed by space and a capital, digit or quote. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\n|(?<=[.!?…])[\"”»’)]?\\s+(?=[\\p{Lu}\\p{N}\"“«‘(])");
  static final int MAX_QUOTE = 2000;

  private BodyText() {}

  /** NFC, no byte-order mark, \n line ends, no trailing spaces, at most one blank line in a row, trimmed. */
  static String normalise(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.replace("\r\n", "\n").replace('\r', '\n');
    t = Normalizer.normalize(t, Normalizer.Form.NFC);
    t = TRAILING_SPACE.matcher(t + "\n").replaceAll("\n");
    t = BLANK_LINES.matcher(t).replaceAll("\n\n");
    return t.strip();
  }

  static String sha256(String body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** The first non-blank line, shortened to {@code max} characters. */
  static String firstLine(String body, int max) {
    for (String line : body.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty()) {
        return shorten(l, max);
      }
    }
    return "";
  }

  static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1).strip() + "…";
  }

  /** Sentences as [start, end) offsets. */
  static List<int[]> sentences(String body) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(body);
    int start = 0;
    while (m.find()) {
      add(out, body, start, m.start());
      start = m.end();
    }
    add(out, body, start, body.length());
    return out;
  }

  private static void add(List<int[]> out, String body, int start, int end) {
    while (start < end && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new int[] {start, end});
    }
  }

  private static int sentenceOf(List<int[]> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      int[] s = sentences.get(i);
      if (offset >= s[0] && offset < s[1]) {
        return i;
      }
      if (s[0] > offset) {
        return i;
      }
    }
    return sentences.size() - 1;
  }

  /**
   * The sentence that names both ends: the first sentence holding an occurrence of each (the headline
   * only when no other does), else the shortest stretch of sentences from one to the other; null when an
   * end has no occurrence.
   */
  static String quote(String body, List<int[]> sentences, List<int[]> a, List<int[]> b) {
    if (a.isEmpty() || b.isEmpty() || sentences.isEmpty()) {
      return null;
    }
    int bestFrom = -1;
    int bestTo = -1;
    for (int[] x : a) {
      int sx = sentenceOf(sentences, x[0]);
      for (int[] y : b) {
        int sy = sentenceOf(sentences, y[0]);
        int from = Math.min(sx, sy);
        int to = Math.max(sx, sy);
        if (bestFrom < 0 || to - from < bestTo - bestFrom || to - from == bestTo - bestFrom && better(from, bestFrom)) {
          bestFrom = from;
          bestTo = to;
        }
      }
    }
    String quote = body.substring(sentences.get(bestFrom)[0], sentences.get(bestTo)[1]).replaceAll("\\s*\\n\\s*", " ");
    return shorten(quote, MAX_QUOTE);
  }

  /** On a tie, the body's own sentences before the headline (the first sentence), then the earliest. */
  private static boolean better(int from, int bestFrom) {
    if ((from == 0) != (bestFrom == 0)) {
      return bestFrom == 0;
    }
    return from < bestFrom;
  }

  /** The sentence of the first occurrence, preferring one that also contains {@code phrase}. */
  static String sentenceWith(String body, List<int[]> sentences, List<int[]> occurrences, String phrase) {
    if (occurrences.isEmpty() || sentences.isEmpty()) {
      return null;
    }
    String chosen = null;
    for (int[] o : occurrences) {
      int[] s = sentences.get(sentenceOf(sentences, o[0]));
      String text = body.substring(s[0], s[1]);
      if (chosen == null) {
        chosen = text;
      }
      if (phrase != null && text.contains(phrase)) {
        chosen = text;
        break;
      }
    }
    return shorten(chosen.replaceAll("\\s*\\n\\s*", " "), MAX_QUOTE);
  }
}
