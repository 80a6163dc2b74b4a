package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * In English text a theme term starts at the adjectives before it, as annotators mark it: "advanced packaging",
 * "floating offshore wind", "fossil-free hydrogen", "sustainable tourism". At most {@value #MAX_WORDS} lower-case
 * adjectives: by suffix (-al, -ic, -ive, -ous, -able, -free, -based, ...) or from a short list; words that only place
 * or count ("national", "European", "several") are left out.
 */
final class EnglishThemeModifiers {
  private static final int MAX_WORDS = 2;
  private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}[\\p{Ll}-]{2,}(?:al|ic|ical|ive|ous|ary|able|ible"
      + "|-free|-based|-driven|-neutral|-efficient|-friendly|-carbon|-emission|-scale)");
  private static final Set<String> LISTED = Words.set("green", "smart", "clean", "blue", "advanced", "floating",
      "circular", "precision", "raw", "edge", "wearable", "connected", "automated", "integrated", "applied", "modular",
      "autonomous", "generative", "trustworthy", "personalised", "personalized", "low-carbon", "zero-emission");
  private static final Set<String> NOT_THEME = Words.set("national", "regional", "international", "local", "global",
      "european", "federal", "annual", "several", "total", "additional", "potential", "general", "special", "central",
      "initial", "final", "original", "typical", "principal", "official", "formal", "actual", "usual", "real",
      "capital", "political", "public", "specific", "strategic", "key", "possible", "available", "responsible",
      "various", "previous", "numerous", "major", "primary", "secondary", "legal", "social", "crucial", "essential",
      "economic", "historic", "basic", "dynamic", "academic", "medical", "critical", "different", "comparable");

  private EnglishThemeModifiers() {}

  /** Start offset of the theme whose term starts at token first, not before the offset limit. */
  static int start(Doc doc, int first, int limit) {
    int start = doc.tokens.get(first).start();
    if (!"en".equals(doc.lang)) {
      return start;
    }
    for (int k = first - 1; k >= 0 && k >= first - MAX_WORDS; k--) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      boolean joined = doc.slice(t.end(), doc.tokens.get(k + 1).start()).equals(" ");
      if (t.start() < limit || !joined || !t.isWord() || t.isUpper() || NOT_THEME.contains(f)
          || !LISTED.contains(f) && !ADJECTIVE.matcher(t.text()).matches()) {
        break;
      }
      start = t.start();
    }
    return start;
  }
}
