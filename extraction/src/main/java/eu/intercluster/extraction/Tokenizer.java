package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a body into tokens, keeping hyphenated and mixed names (ART-ER, Clust-ER, IT4LIA, INFN-CNAF),
 * dotted abbreviations (S.p.A., CL.A.N.), names joined by a plus ("I+D+i", "madri+d") or an apostrophe
 * between capitalised words ("AD’OCC", "Dev’Up") and amounts ("420 milioni") whole, and separating elided
 * articles ("dell’", "l'") from the following word.
 */
final class Tokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "(?<amount>\\d+(?:[.,]\\d+)*[\\s\\u00A0](?:milioni|milione|miliardi|miliardo|million|millions|billion|billions"
          + "|milliard|milliards|millones|millón|mln|mld|bn)(?![\\p{L}]))"
          + "|(?<abbr>(?:\\p{L}{1,3}\\.){2,}(?:\\p{L}{1,3}(?![\\p{L}.]))?)"
          + "|(?<elision>(?i:dell|dall|nell|sull|all|coll|quell|dov|tutt|bell|sant|degl|negl|d|l|c|j|m|n|s|t|qu|lorsqu"
          + "|jusqu|puisqu|un)['’](?=\\p{L}))"
          + "|(?<word>[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:\\.\\p{N}+)?(?:[-‐][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
          + "(?:\\+\\p{L}[\\p{L}\\p{M}\\p{N}]*)*\\+?)"
          + "|(?<punct>\\S)");

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return mergeApostropheNames(mergeNameElisions(out, text), text);
  }

  /**
   * "AD’OCC", "Dev’Up", "Cyber’Occ": two capitalised words joined by an apostrophe, the first not an elided
   * article (those are split off by the pattern), form one name.
   */
  private static List<Token> mergeApostropheNames(List<Token> in, String text) {
    List<Token> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Token t = in.get(i);
      if (i + 2 < in.size() && joinsByApostrophe(t, in.get(i + 1), in.get(i + 2))) {
        Token last = in.get(i + 2);
        out.add(new Token(text.substring(t.start(), last.end()), t.start(), last.end()));
        i += 2;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean joinsByApostrophe(Token first, Token apostrophe, Token second) {
    return (apostrophe.is("’") || apostrophe.is("'")) && first.end() == apostrophe.start()
        && apostrophe.end() == second.start() && first.isWord() && first.isUpper() && first.text().length() >= 2
        && second.isWord() && second.isUpper() && second.text().length() >= 2
        && Character.isLetter(first.text().codePointAt(0)) && Character.isLetter(second.text().codePointAt(0));
  }

  /** "Candida D’Elia": an upper-case D’/O’ after a capitalised word belongs to the surname. */
  private static List<Token> mergeNameElisions(List<Token> in, String text) {
    List<Token> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Token t = in.get(i);
      boolean nameElision = (t.text().startsWith("D") || t.text().startsWith("O")) && t.text().length() == 2
          && i > 0 && i + 1 < in.size() && in.get(i - 1).isUpper() && in.get(i - 1).isWord()
          && in.get(i + 1).isUpper() && in.get(i + 1).start() == t.end();
      if (nameElision) {
        Token next = in.get(++i);
        out.add(new Token(text.substring(t.start(), next.end()), t.start(), next.end()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Tokens for dictionary matching: hyphenated words are split into their parts. */
  static List<Token> subTokens(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size() + 16);
    for (Token t : tokens) {
      String s = t.text();
      if (s.indexOf('-') < 0 && s.indexOf('‐') < 0 || !t.isWord()) {
        out.add(t);
        continue;
      }
      int from = 0;
      for (int i = 0; i <= s.length(); i++) {
        if (i == s.length() || s.charAt(i) == '-' || s.charAt(i) == '‐') {
          if (i > from) {
            out.add(new Token(s.substring(from, i), t.start() + from, t.start() + i));
          }
          from = i + 1;
        }
      }
    }
    return out;
  }
}
