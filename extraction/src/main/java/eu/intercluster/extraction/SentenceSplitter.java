package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries: line breaks (headlines, paragraphs), and . ! ? followed by a capital or a quote,
 * except after abbreviations and initials ("E. Shiffer") and inside short quotations.
 */
final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Words.set("dr", "prof", "sig", "sigg", "on", "st", "mr", "mrs", "ms",
      "dott", "ing", "avv", "ecc", "etc", "n", "nr", "p", "pag", "art", "vol", "mme", "sr", "sra", "jr", "vs", "ca",
      "no", "fig", "dott.ssa", "geom", "rag", "arch", "mons", "gen", "col", "cap", "co", "pvt", "pty", "corp",
      "soc", "agr", "coop");
  private static final Set<String> LEGAL = Set.of("inc.", "ltd.", "corp.", "co.", "plc.");
  private static final int SHORT_QUOTE = 140;

  private SentenceSplitter() {}

  static List<Sentence> split(String text, List<Token> tokens) {
    boolean[] inQuote = shortQuoteMask(text);
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i == tokens.size() - 1;
      if (last || endsHere(text, tokens, i, inQuote)) {
        Token a = tokens.get(first);
        Token b = tokens.get(i);
        out.add(new Sentence(out.size(), first, i + 1, a.start(), b.end()));
        first = i + 1;
      }
    }
    return out;
  }

  private static boolean endsHere(String text, List<Token> tokens, int i, boolean[] inQuote) {
    Token t = tokens.get(i);
    Token next = tokens.get(i + 1);
    if (text.substring(t.end(), next.start()).indexOf('\n') >= 0) {
      return true;
    }
    String s = t.text();
    if (dottedLegalFormEnds(t, next, inQuote)) {
      return true;
    }
    if (!(s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…"))) {
      return false;
    }
    if (inQuote[t.start()] || next.start() == t.end()) {
      return false;
    }
    if (s.equals(".") && i > 0) {
      Token prev = tokens.get(i - 1);
      String p = prev.text();
      boolean initial = p.length() == 1 && Character.isUpperCase(p.charAt(0));
      if (initial || ABBREVIATIONS.contains(p.toLowerCase())) {
        return false;
      }
    }
    String n = next.text();
    return Character.isUpperCase(n.codePointAt(0)) || Character.isDigit(n.charAt(0)) || "“\"«‘'(–-".contains(n);
  }

  /**
   * "... Veronafiere S.p.A. Dal 2025 ...": the legal form's own full stop ends the sentence when an article or a
   * preposition starts the next one (a company's name never runs on into "Dal", "Le", "The").
   */
  private static boolean dottedLegalFormEnds(Token t, Token next, boolean[] inQuote) {
    String s = t.text();
    boolean dotted = s.length() > 2 && s.endsWith(".") && (s.indexOf('.') < s.length() - 1 || LEGAL.contains(
        s.toLowerCase()));
    return dotted && !inQuote[t.start()] && next.start() > t.end() && next.isWord() && next.isUpper()
        && !Norm.isAcronymLike(next.text()) && Words.FUNCTION.contains(Words.f(next));
  }

  /** Marks characters inside “…” or «…» quotations shorter than SHORT_QUOTE characters. */
  private static boolean[] shortQuoteMask(String text) {
    boolean[] mask = new boolean[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char close = c == '“' ? '”' : c == '«' ? '»' : 0;
      if (close == 0) {
        continue;
      }
      int j = text.indexOf(close, i + 1);
      if (j > 0 && j - i <= SHORT_QUOTE && text.substring(i, j).indexOf('\n') < 0) {
        for (int k = i; k < j; k++) {
          mask[k] = true;
        }
        i = j;
      }
    }
    return mask;
  }
}
