package eu.intercluster.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * International trade fairs that are general knowledge ("Hannover Messe", "Fruit Logistica", "Arab Health"), from
 * {@code fairs.txt}: an EVENT of kind fair even where no event noun names it ("ten firms exhibit at Gulfood").
 */
final class TradeFairs {
  /** kind|surface forms, as the other gazetteer lists. */
  static final List<String[]> ROWS = read("fairs.txt");

  private TradeFairs() {}

  /**
   * A fair's name inside a longer capitalised name ("MEDICA Tech Forum", "Fisica Medica") belongs to that name: the
   * match stands only between words that are not capitalised (a sentence's first word aside).
   */
  static boolean standsAlone(Doc doc, int start, int end) {
    int before = doc.tokenAt(start) - 1;
    if (before >= 0 && capitalisedWord(doc.tokens.get(before)) && doc.sentenceAt(doc.tokens.get(before).start())
        == doc.sentenceAt(start) && !sentenceFirst(doc, before)) {
      return false;
    }
    int after = doc.tokenFrom(end);
    return after >= doc.tokens.size() || !capitalisedWord(doc.tokens.get(after))
        || !doc.slice(end, doc.tokens.get(after).start()).equals(" ");
  }

  private static boolean capitalisedWord(Token t) {
    return t.isWord() && t.isUpper() && !Words.FUNCTION.contains(t.folded());
  }

  private static boolean sentenceFirst(Doc doc, int token) {
    return doc.sentences.get(doc.sentenceAt(doc.tokens.get(token).start())).first() == token;
  }

  private static List<String[]> read(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TradeFairs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.strip().split("\\|"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
