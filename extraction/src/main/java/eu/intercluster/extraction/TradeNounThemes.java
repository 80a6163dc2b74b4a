package eu.intercluster.extraction;

import java.util.Set;

/**
 * English THEMEs named as the trade of a company written right after: "the Tampere-based sensor maker Sensmet Oy",
 * "the mooring-line maker Bridon Offshore", "the drinking-water company Vitens", "the payments start-up Paylane". The
 * one or two lower-case words before a trade noun ("maker", "manufacturer", "developer", "producer", "supplier",
 * "specialist", "company", "firm", "start-up", "group") that a capitalised name follows are a theme (annotation
 * guide, section 1: an organisation's own sector), norm from a vocabulary term inside or OTHER. Not an adjective of
 * size, age or ownership ("family-run", "Tampere-based", "state"), nor a word of the firm's role rather than its trade
 * ("investment company", "contract manufacturer", "engineering firm", "development company"); a phrase over a theme
 * or a name already found is left to it. {@link ThemeRelations} gives the theme to the company named after the noun.
 */
final class TradeNounThemes {
  static final Set<String> TRADE_NOUNS = Words.folded("maker", "manufacturer", "developer", "producer", "supplier",
      "specialist", "company", "firm", "start-up", "startup", "group");
  /** Words that say what kind of firm, not what it does. */
  private static final Set<String> NOT_TRADE = Words.folded("investment", "development", "research", "contract",
      "coordinating", "engineering", "community", "state", "home", "holding", "parent", "joint", "steering", "working",
      "member", "partner", "lead", "leading", "local", "regional", "national", "international", "global", "european",
      "small", "medium-sized", "large", "larger", "largest", "biggest", "big", "young", "new", "innovative", "private",
      "public", "listed", "family", "family-run", "family-owned", "state-owned", "major", "main", "other", "own",
      "first", "second", "third", "consulting", "service", "services", "technology", "tech", "industrial", "start-up",
      "startup", "spin-off", "subsidiary", "trading", "umbrella", "associated", "specialist", "specialised",
      "specialized", "based", "owned", "run", "sized", "fast-growing", "growing", "award-winning", "pioneering");
  private static final int MAX_WORDS = 2;

  private TradeNounThemes() {}

  static void recognise(Doc doc) {
    if (!"en".equals(doc.lang)) {
      return;
    }
    for (int i = 1; i + 1 < doc.tokens.size(); i++) {
      Token t = doc.tokens.get(i);
      if (!t.isUpper() && TRADE_NOUNS.contains(Words.f(t)) && namedAfter(doc, i)) {
        add(doc, i);
      }
    }
  }

  /** A capitalised name right after the noun, in the same sentence: "maker Sensmet". */
  private static boolean namedAfter(Doc doc, int i) {
    Token next = doc.tokens.get(i + 1);
    return next.isWord() && next.isUpper() && " ".equals(doc.slice(doc.tokens.get(i).end(), next.start()))
        && doc.sentenceAt(next.start()) == doc.sentenceAt(doc.tokens.get(i).start());
  }

  private static void add(Doc doc, int noun) {
    int first = noun;
    while (first > 0 && noun - first < MAX_WORDS && modifier(doc, first - 1)
        && " ".equals(doc.slice(doc.tokens.get(first - 1).end(), doc.tokens.get(first).start()))) {
      first--;
    }
    if (first == noun) {
      return;
    }
    int st = doc.tokens.get(first).start();
    int en = doc.tokens.get(noun - 1).end();
    if (en - st < 4 || doc.coveredBy(st, en, 0)) {
      return;
    }
    Cand c = doc.add(st, en, EntityType.THEME, null, Cand.THEME - 1, "theme:trade#" + Norm.fold(doc.slice(st, en)));
    c.attrs.put("norm", TopicPhrases.norm(doc.slice(st, en)));
  }

  /** A lower-case word that may name a trade: no function word, number, "-based" or word of the firm's kind. */
  private static boolean modifier(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    String f = Words.f(t);
    return t.isWord() && !t.isUpper() && Character.isLetter(t.text().codePointAt(0))
        && f.chars().noneMatch(Character::isDigit) && !Words.FUNCTION.contains(f) && !NOT_TRADE.contains(f)
        && !Words.PHRASE_STOP.contains(f) && !f.endsWith("-based") && !f.endsWith("-run") && !f.endsWith("-owned")
        && !f.endsWith("-sized") && !f.endsWith("ly") && !f.endsWith("ed") && !f.endsWith("'s");
  }
}
