package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * In English text a theme term starts at the adjectives before it, as annotators mark it: "advanced packaging",
 * "floating offshore wind", "fossil-free hydrogen", "sustainable tourism"; a one-word term of activity also at the
 * noun before it, "port digitalisation". At most {@value #MAX_WORDS} lower-case
 * adjectives: by suffix (-al, -ic, -ive, -ous, -able, -free, -based, ...) or from a short list; words that only place
 * or count ("national", "European", "several") are left out.
 */
final class EnglishThemeModifiers {
  private static final int MAX_WORDS = 2;
  private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}[\\p{Ll}-]{2,}(?:al|ic|ical|ive|ous|ary|able|ible"
      + "|-free|-based|-driven|-neutral|-efficient|-friendly|-carbon|-emission|-scale|-powered|-saving|-resilient"
      + "|-smart|-enabled|-assisted|-intensive)");
  private static final Set<String> LISTED = Words.set("green", "smart", "clean", "blue", "advanced", "floating",
      "circular", "precision", "raw", "edge", "wearable", "connected", "automated", "integrated", "applied", "modular",
      "autonomous", "generative", "trustworthy", "personalised", "personalized", "low-carbon", "zero-emission",
      "compound", "embedded", "urban", "offshore");
  private static final Set<String> NOT_THEME = Words.set("national", "regional", "international", "local", "global",
      "european", "federal", "annual", "several", "total", "additional", "potential", "general", "special", "central",
      "initial", "final", "original", "typical", "principal", "official", "formal", "actual", "usual", "real",
      "capital", "political", "public", "specific", "strategic", "key", "possible", "available", "responsible",
      "various", "previous", "numerous", "major", "primary", "secondary", "legal", "social", "crucial", "essential",
      "economic", "historic", "basic", "dynamic", "academic", "medical", "critical", "different", "comparable");

  /**
   * One-word terms of an activity or a kind of product that a noun before them qualifies, as annotators mark the
   * compound: "port digitalisation", "grid software", "winter tourism", "warehouse automation", "chip design".
   */
  private static final Set<String> NOUN_HEADED = Words.set("design", "software", "training", "manufacturing",
      "recycling", "automation", "digitalisation", "digitalization", "decarbonisation", "decarbonization",
      "electrification", "robotics", "sensors", "logistics", "tourism", "chemistry", "skills", "packaging");
  /** Words before such a term that are no noun modifier: function words, quantities and common verbs. */
  private static final Set<String> NOT_NOUN = Words.set("a", "an", "the", "and", "or", "of", "for", "in", "on", "at",
      "to", "with", "from", "by", "as", "into", "via", "its", "their", "our", "his", "her", "this", "these", "that",
      "those", "such", "other", "new", "more", "most", "many", "some", "all", "any", "each", "both", "own", "first",
      "two", "three", "four", "five", "six", "ten", "million", "billion", "is", "are", "was", "were", "be", "been",
      "will", "would", "can", "could", "may", "might", "should", "must", "has", "have", "had", "do", "does", "did",
      "not", "no", "also", "only", "just", "than", "then", "about", "over", "under", "between", "among", "through",
      "across", "within", "without", "towards", "since", "while", "which", "who", "where", "when", "how", "what",
      "develop", "provide", "support", "boost", "promote", "offer", "use", "include", "involve", "need", "expand",
      "improve", "strengthen", "build", "create", "deliver", "focus", "cover", "bring", "fund", "test", "apply", "make",
      "give", "target", "accelerate", "enable", "drive", "scale", "integrate", "combine", "explore", "help", "keep",
      "share", "discuss", "link", "joint", "small", "large", "good", "strong", "little", "public", "private");
  private static final Set<String> VERB_BEFORE = Words.set("to", "will", "would", "can", "could", "may", "might",
      "must", "shall", "should", "we", "they", "i", "you");

  private EnglishThemeModifiers() {}

  /**
   * Start offset of the theme whose term runs from token first to token last, not before the offset limit: its
   * adjectives, and for a one-word term of activity the noun right before it.
   */
  static int start(Doc doc, int first, int last, int limit) {
    int start = doc.tokens.get(first).start();
    if (!"en".equals(doc.lang)) {
      return start;
    }
    boolean nounHeaded = first == last && NOUN_HEADED.contains(Words.f(doc.tokens.get(first)));
    for (int k = first - 1; k >= 0 && k >= first - MAX_WORDS; k--) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      boolean joined = doc.slice(t.end(), doc.tokens.get(k + 1).start()).equals(" ");
      if (t.start() < limit || !joined || !t.isWord() || t.isUpper() || NOT_THEME.contains(f)) {
        break;
      }
      boolean adjective = LISTED.contains(f) || ADJECTIVE.matcher(t.text()).matches();
      if (!adjective && !(nounHeaded && k == first - 1 && nounModifier(doc, k))) {
        break;
      }
      start = t.start();
    }
    return start;
  }

  /** A lower-case noun before a term ("port", "cold-chain"), not a verb, adverb, participle or function word. */
  private static boolean nounModifier(Doc doc, int k) {
    String w = doc.tokens.get(k).text();
    String f = Words.f(doc.tokens.get(k));
    boolean hyphen = w.indexOf('-') > 0;
    if (!w.matches("\\p{Ll}[\\p{Ll}-]{2,}") || NOT_NOUN.contains(f) || f.endsWith("ly")
        || !hyphen && (f.endsWith("ing") || f.endsWith("ed") || f.endsWith("s") && !f.endsWith("ss")
        && !f.endsWith("ics"))) {
      return false;
    }
    return k == 0 || !VERB_BEFORE.contains(Words.f(doc.tokens.get(k - 1)));
  }
}
