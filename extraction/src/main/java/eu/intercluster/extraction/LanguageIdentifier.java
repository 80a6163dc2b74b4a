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

  /** trigram -> add-one smoothed log-probability per language; UNSEEN for trigrams no profile has. */
  private static final Map<String, double[]> MODEL = new HashMap<>();
  private static final double[] UNSEEN = new double[LANGS.length];

  static {
    for (String lang : LANGS) {
      PROFILES.put(lang, Profile.of(read("langid/" + lang + ".txt")));
    }
    int l = 0;
    for (Profile p : PROFILES.values()) {
      double denominator = Math.log(p.total() + 30000.0);
      UNSEEN[l] = -denominator;
      for (Map.Entry<String, Integer> e : p.counts().entrySet()) {
        MODEL.computeIfAbsent(e.getKey(), k -> new double[LANGS.length]);
      }
      l++;
    }
    for (Map.Entry<String, double[]> e : MODEL.entrySet()) {
      int i = 0;
      for (Profile p : PROFILES.values()) {
        e.getValue()[i] = Math.log(p.counts().getOrDefault(e.getKey(), 0) + 1.0) - Math.log(p.total() + 30000.0);
        i++;
      }
    }
  }

  /** {@link #MODEL} as an open-addressing table keyed by the trigram's three chars, read without substrings. */
  private static final long[] KEYS;
  private static final double[][] VALUES;

  static {
    int size = Integer.highestOneBit(MODEL.size() * 4 - 1) * 2;
    KEYS = new long[size];
    VALUES = new double[size][];
    MODEL.forEach((trigram, logp) -> {
      int h = slot(key(trigram, 0));
      while (VALUES[h] != null) {
        h = (h + 1) & (size - 1);
      }
      KEYS[h] = key(trigram, 0);
      VALUES[h] = logp;
    });
  }

  private LanguageIdentifier() {}

  private static long key(String s, int i) {
    return (long) s.charAt(i) << 32 | (long) s.charAt(i + 1) << 16 | s.charAt(i + 2);
  }

  private static int slot(long key) {
    return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & (KEYS.length - 1);
  }

  /** MODEL.get of the trigram at i. */
  private static double[] logp(String s, int i) {
    long key = key(s, i);
    for (int h = slot(key); VALUES[h] != null; h = (h + 1) & (KEYS.length - 1)) {
      if (KEYS[h] == key) {
        return VALUES[h];
      }
    }
    return null;
  }

  /** ISO 639-1 code of the most likely language among it, en, fr, es; "und" for text without letters. */
  public static String identify(String text) {
    String sample = text.length() > 1500 ? text.substring(0, 1500) : text;
    String norm = normalise(sample);
    if (norm.isBlank()) {
      return "und";
    }
    double[] scores = new double[LANGS.length];
    for (int i = 0; i + 3 <= norm.length(); i++) {
      double[] logp = logp(norm, i);
      for (int l = 0; l < LANGS.length; l++) {
        scores[l] += logp != null ? logp[l] : UNSEEN[l];
      }
    }
    int best = 0;
    for (int l = 1; l < LANGS.length; l++) {
      if (scores[l] > scores[best]) {
        best = l;
      }
    }
    return LANGS[best];
  }

  private static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append(' ');
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (Character.isLetter(c) || b.charAt(b.length() - 1) != ' ') {
        b.append(Character.isLetter(c) ? c : ' ');
      }
    }
    return b.charAt(b.length() - 1) == ' ' ? b.toString() : b.append(' ').toString();
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
  }
}
