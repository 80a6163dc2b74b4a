package eu.intercluster.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Character trigram language identifier for it, en, fr and es. The profiles are built when the class is
 * loaded from short texts written for the project (resources {@code langid/*.txt}); a text is assigned the
 * language whose add-one smoothed trigram model gives it the highest log-likelihood.
 */
public final class LanguageIdentifier {
  private static final String[] LANGS = {"it", "en", "fr", "es"};
  private static final Map<String, Profile> PROFILES = new LinkedHashMap<>();

  static {
    for (String lang : LANGS) {
      PROFILES.put(lang, Profile.of(read("langid/" + lang + ".txt")));
    }
  }

  private LanguageIdentifier() {}

  /** ISO 639-1 code of the most likely language among it, en, fr, es; "und" for text without letters. */
  public static String identify(String text) {
    String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
    String norm = normalise(sample);
    if (norm.isBlank()) {
      return "und";
    }
    String best = "und";
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Profile> e : PROFILES.entrySet()) {
      double score = e.getValue().logLikelihood(norm);
      if (score > bestScore) {
        bestScore = score;
        best = e.getKey();
      }
    }
    return best;
  }

  private static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append(' ');
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      b.append(Character.isLetter(c) ? c : ' ');
    }
    return b.append(' ').toString().replaceAll(" +", " ");
  }

  private static String read(String resource) {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Profile(Map<String, Integer> counts, int total) {
    static Profile of(String text) {
      String n = normalise(text);
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i + 3 <= n.length(); i++) {
        counts.merge(n.substring(i, i + 3), 1, Integer::sum);
      }
      return new Profile(counts, n.length());
    }

    double logLikelihood(String n) {
      double sum = 0;
      double denominator = Math.log(total + 30000.0);
      for (int i = 0; i + 3 <= n.length(); i++) {
        sum += Math.log(counts.getOrDefault(n.substring(i, i + 3), 0) + 1.0) - denominator;
      }
      return sum;
    }
  }
}
