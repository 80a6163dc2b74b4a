package eu.intercluster.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in general knowledge: places, EU bodies, programmes, trade fairs, themes, given names and cue words.
 */
final class Lexicon {
  static final Lexicon INSTANCE = new Lexicon();

  /** section -> folded word -> kind. */
  private final Map<String, Map<String, String>> cues = new HashMap<>();
  private final Set<String> givenNames = new HashSet<>();
  final List<String[]> places = new ArrayList<>();
  final List<String[]> euBodies = new ArrayList<>();
  final List<String[]> programmes = new ArrayList<>();
  final List<String[]> fairs = new ArrayList<>();
  final List<String[]> themes = new ArrayList<>();

  private Lexicon() {
    for (String[] row : rows("cues.txt")) {
      Map<String, String> section = cues.computeIfAbsent(row[0], k -> new HashMap<>());
      for (int i = 2; i < row.length; i++) {
        section.putIfAbsent(Norm.fold(row[i]), row[1]);
      }
    }
    for (String line : lines("given-names.txt")) {
      for (String name : line.split("\\s+")) {
        givenNames.add(Norm.fold(name));
      }
    }
    places.addAll(rows("places.txt"));
    places.addAll(rows("countries.txt"));
    places.addAll(rows("cities.txt"));
    euBodies.addAll(rows("eu-bodies.txt"));
    programmes.addAll(rows("programmes.txt"));
    fairs.addAll(rows("fairs.txt"));
    themes.addAll(rows("themes.txt"));
  }

  /** Kind for a word of a cue section ("org", "event", "role", ...), or null. */
  String cue(String section, String word) {
    Map<String, String> m = cues.get(section);
    return m == null ? null : m.get(Norm.fold(word));
  }

  boolean inSection(String section, String word) {
    return cue(section, word) != null;
  }

  /** Like {@link #cue} for a word already folded with {@link Norm#fold}. */
  String cueFolded(String section, String folded) {
    Map<String, String> m = cues.get(section);
    return m == null ? null : m.get(folded);
  }

  boolean inFolded(String section, String folded) {
    return cueFolded(section, folded) != null;
  }

  /** First words of the multi-word entries of a section. */
  Set<String> firstWords(String section) {
    Set<String> out = new HashSet<>();
    for (String w : cueWords(section)) {
      out.add(w.split(" ")[0]);
    }
    return out;
  }

  Set<String> cueWords(String section) {
    return cues.getOrDefault(section, Map.of()).keySet();
  }

  boolean isGivenName(String word) {
    return givenNames.contains(Norm.fold(word));
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      out.add(line.split("\\|"));
    }
    return out;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
