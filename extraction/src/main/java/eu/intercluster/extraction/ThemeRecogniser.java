package eu.intercluster.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** THEME mentions from the multilingual theme vocabulary, each with its normalised label. */
final class ThemeRecogniser {
  private static final TermMatcher<String> TERMS = new TermMatcher<>();
  private static final Set<String> FOLDED = new HashSet<>();
  private static final Set<String> LOWER = new HashSet<>();

  static {
    int concept = 0;
    for (String[] row : Lexicon.INSTANCE.themes) {
      concept++;
      for (int i = 1; i < row.length; i++) {
        TERMS.add(row[i], row[0] + "#" + concept, false);
        FOLDED.add(Norm.fold(row[i]));
        LOWER.add(row[i].toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  private ThemeRecogniser() {}

  static boolean isTerm(String folded) {
    return FOLDED.contains(folded);
  }

  static void recognise(Doc doc) {
    List<TermMatcher.Match<String>> matches = TERMS.findAll(doc.subs, doc.text);
    int covered = 0;
    for (int i = 0; i < matches.size(); i++) {
      TermMatcher.Match<String> m = matches.get(i);
      if (m.start() < covered || frenchParticiple(doc.text.substring(m.start(), m.end())) || usedAsVerb(doc, m)) {
        continue;
      }
      int limit = i + 1 < matches.size() ? limit(doc, matches, i) : doc.text.length();
      int last = doc.tokenAt(m.end() - 1);
      int end = last >= 0 && doc.tokens.get(last).end() == m.end() ? ThemePhrases.extend(doc, last, limit) : m.end();
      int first = doc.tokenAt(m.start());
      int previous = i > 0 ? matches.get(i - 1).end() : 0;
      int start = first >= 0 && doc.tokens.get(first).start() == m.start()
          ? EnglishThemeModifiers.start(doc, first, last, previous) : m.start();
      start = SectorHeads.start(doc, start, previous);
      int prio = spansKnownPlace(doc, m.start(), m.end()) ? Cand.KNOWN + 1 : Cand.THEME;
      Cand c = doc.add(start, end, EntityType.THEME, null, prio, canon(doc, m, start, end));
      covered = end;
      c.attrs.put("norm", norm(m.payload()));
    }
  }

  /**
   * Where the phrase of match i may run to: the start of the next match, or the start of the one after when the next
   * is a Romance adjective right after it ("packaging alimentare", "meccanica alimentare"): that term qualifies the
   * first and belongs to its phrase, not a theme of its own.
   */
  private static int limit(Doc doc, List<TermMatcher.Match<String>> matches, int i) {
    TermMatcher.Match<String> m = matches.get(i);
    TermMatcher.Match<String> next = matches.get(i + 1);
    int t = doc.tokenAt(next.start());
    boolean adjective = !"en".equals(doc.lang) && next.endSub() - next.firstSub() == 1 && t >= 0
        && doc.tokens.get(t).start() == next.start() && doc.tokens.get(t).end() == next.end()
        && doc.slice(m.end(), next.start()).equals(" ") && ThemePhrases.adjective(doc, doc.tokens.get(t));
    if (!adjective) {
      return next.start();
    }
    return i + 2 < matches.size() ? matches.get(i + 2).start() : doc.text.length();
  }

  /**
   * Mentions of the bare term ("AI", "artificial intelligence") form one entity; a phrase the term heads ("AI
   * services", "trustworthy AI") is a theme of its own, as annotators list it beside the bare term.
   */
  private static String canon(Doc doc, TermMatcher.Match<String> m, int start, int end) {
    String concept = "theme:" + m.payload();
    return start == m.start() && end == m.end() ? concept : concept + "#" + Norm.fold(doc.slice(start, end));
  }

  /** "financé", "financée": a French past participle is not the noun "finance" it folds to. */
  private static boolean frenchParticiple(String matched) {
    if (LOWER.contains(matched.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return matched.endsWith("é") || matched.endsWith("ée") || matched.endsWith("és") || matched.endsWith("ées");
  }

  private static final Set<String> VERB_MARKERS = Words.set("will", "would", "shall", "can", "could", "may", "might",
      "must", "qui");

  /** "will finance", "can design", "qui finance": a one-word term after a modal or a relative pronoun is a verb. */
  private static boolean usedAsVerb(Doc doc, TermMatcher.Match<String> m) {
    int first = doc.tokenAt(m.start());
    return m.endSub() - m.firstSub() == 1 && first > 0 && VERB_MARKERS.contains(Words.f(doc.tokens.get(first - 1)));
  }

  /** "Made in Italy": a theme term with a known place inside it is the theme, not the place. */
  private static boolean spansKnownPlace(Doc doc, int start, int end) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.prio >= Cand.PLACE && c.start >= start && c.end <= end
          && c.end - c.start < end - start) {
        return true;
      }
    }
    return false;
  }

  /** Theme concepts (entity canons) named inside a text, e.g. inside "Forum on Artificial Intelligence". */
  static List<String> conceptsInside(String text) {
    List<Token> subs = Tokenizer.subTokens(Tokenizer.tokenize(text));
    return TERMS.findAll(subs, text).stream().map(m -> "theme:" + m.payload()).toList();
  }

  private static String norm(String payload) {
    return payload.substring(0, payload.indexOf('#'));
  }
}
