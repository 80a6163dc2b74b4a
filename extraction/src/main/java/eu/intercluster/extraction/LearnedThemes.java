package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Theme terms learned from the THEME annotations of annotated texts, matched like the built-in theme vocabulary
 * where no built-in term already matched. Measured by {@link CrossValidation}; not part of the default extractor,
 * because the cross-validated figures did not improve.
 */
final class LearnedThemes {
  private static final int MIN_LENGTH = 4;

  private final Map<String, String> normBySurface;
  private final TermMatcher<String> terms = new TermMatcher<>();

  LearnedThemes(Map<String, String> normBySurface) {
    this.normBySurface = new TreeMap<>(normBySurface);
    this.normBySurface.forEach((surface, norm) -> terms.add(surface, norm, false));
  }


  /** Every THEME surface (text and mentions) of the gold annotations not already in the built-in vocabulary. */
  static LearnedThemes learn(List<AnnotatedText> texts) {
    Map<String, String> out = new TreeMap<>();
    for (AnnotatedText t : texts) {
      for (JsonNode e : t.gold().path("entities")) {
        if (!"THEME".equals(e.path("type").asText()) || e.path("norm").asText().isEmpty()) {
          continue;
        }
        String norm = e.path("norm").asText();
        addSurface(out, e.path("text").asText(), norm);
        e.path("mentions").forEach(m -> addSurface(out, m.asText(), norm));
      }
    }
    return new LearnedThemes(out);
  }

  private static void addSurface(Map<String, String> out, String surface, String norm) {
    String s = surface.strip();
    if (s.length() >= MIN_LENGTH && !ThemeRecogniser.isTerm(Norm.fold(s)) && !s.contains("|")) {
      out.putIfAbsent(s, norm);
    }
  }

  void recognise(Doc doc) {
    for (TermMatcher.Match<String> m : terms.findAll(doc.subs, doc.text)) {
      if (doc.coveredBy(m.start(), m.end(), Cand.THEME)) {
        continue;
      }
      String surface = Norm.fold(doc.slice(m.start(), m.end()));
      Cand c = doc.add(m.start(), m.end(), EntityType.THEME, null, Cand.THEME, "theme:" + m.payload() + "#" + surface);
      c.attrs.put("norm", m.payload());
    }
  }

  int size() {
    return normBySurface.size();
  }
}
