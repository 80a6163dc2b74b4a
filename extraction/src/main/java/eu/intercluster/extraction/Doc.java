package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;

/** Working state of one extraction: the body, its tokens and sentences, and the candidates found so far. */
final class Doc {
  final String text;
  final List<Token> tokens;
  final List<Token> subs;
  final List<Sentence> sentences;
  final List<Cand> cands = new ArrayList<>();
  /** Candidates dropped because a longer name contains them (kept for nested-name rules). */
  final List<Cand> nested = new ArrayList<>();
  /** Character ranges of role phrases: [start, end). */
  final List<int[]> roleSpans = new ArrayList<>();
  final List<DateMention> dates = new ArrayList<>();
  final List<PersonRole> roles = new ArrayList<>();
  final String lang;
  /** The body lower-cased (same length), for case-sensitive matching of lower-case cue patterns. */
  final String lower;
  /** The body lower-cased, even where that changes its length: for "does the text mention ..." checks. */
  private final String lowerCased;
  String dateline;
  private final int[] sentenceOfChar;

  record DateMention(int start, int end, DateValue value, boolean dateline) {}

  /** A role phrase found for a person occurrence; org is resolved later from the ORGs inside it. */
  record PersonRole(Cand person, int start, int end, String role, Cand orgHint) {}

  Doc(String text, String lang) {
    this.text = text;
    this.lang = lang;
    String low = text.toLowerCase(java.util.Locale.ROOT);
    this.lowerCased = low;
    this.lower = low.length() == text.length() ? low : text;
    this.tokens = Tokenizer.tokenize(text);
    this.subs = Tokenizer.subTokens(tokens);
    this.sentences = SentenceSplitter.split(text, tokens);
    this.sentenceOfChar = new int[text.length() + 1];
    int s = 0;
    for (int c = 0; c <= text.length(); c++) {
      while (s + 1 < sentences.size() && c >= sentences.get(s + 1).start()) {
        s++;
      }
      sentenceOfChar[c] = s;
    }
  }

  private int[] wordStarts;

  /** Offsets where a word (letter or digit run) starts. */
  int[] wordStarts() {
    if (wordStarts == null) {
      int[] tmp = new int[text.length()];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        boolean word = Character.isLetterOrDigit(text.charAt(i));
        if (word && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          tmp[n++] = i;
        }
      }
      wordStarts = java.util.Arrays.copyOf(tmp, n);
    }
    return wordStarts;
  }

  private int[] letterRunStarts;

  /**
   * Offsets where a letter or digit follows no letter or digit, read by code points as a regex {@code \b} reads
   * them (a supplementary letter starts at its high surrogate), computed once ({@link WordStartMatches}).
   */
  int[] letterRunStarts() {
    if (letterRunStarts == null) {
      int[] tmp = new int[text.length()];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        if (Character.isLetterOrDigit(text.codePointAt(i))
            && (i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i)))) {
          tmp[n++] = i;
        }
      }
      letterRunStarts = java.util.Arrays.copyOf(tmp, n);
    }
    return letterRunStarts;
  }

  private List<int[]> directSpeech;

  /** The text's direct speech ({@link DirectSpeech#spans}), computed once. */
  List<int[]> directSpeech() {
    if (directSpeech == null) {
      directSpeech = DirectSpeech.spans(text);
    }
    return directSpeech;
  }

  private java.util.Set<String> lowerCaseWords;

  /**
   * The words the text writes in lower case (tokens that start with a lower-case letter), computed once; not the parts
   * of an e-mail or web address ("press@minalogic.example", "www.techtera.example"), which name no common word.
   */
  java.util.Set<String> lowerCaseWords() {
    if (lowerCaseWords == null) {
      lowerCaseWords = new java.util.HashSet<>();
      for (Token t : tokens) {
        if (Character.isLowerCase(t.text().codePointAt(0)) && !WebAddresses.part(text, t)) {
          lowerCaseWords.add(t.text());
        }
      }
    }
    return lowerCaseWords;
  }

  /** Whether the lower-cased body contains one of the lower-case stems: lets a recogniser skip texts without them. */
  boolean mentionsAny(String... stems) {
    for (String s : stems) {
      if (lowerCased.contains(s)) {
        return true;
      }
    }
    return false;
  }

  String slice(int start, int end) {
    return text.substring(start, end);
  }

  int sentenceAt(int offset) {
    return sentences.isEmpty() ? 0 : sentenceOfChar[Math.min(Math.max(offset, 0), text.length())];
  }

  Sentence sentence(int index) {
    return sentences.get(index);
  }

  /** Folded (lower-case, accent-free) text of token i. */
  String folded(int i) {
    return tokens.get(i).folded();
  }

  /** Text of token i as written. */
  String tokenText(int i) {
    return tokens.get(i).text();
  }

  /** Start offset of token i in the body. */
  int tokenStart(int i) {
    return tokens.get(i).start();
  }

  /** End offset of token i in the body. */
  int tokenEnd(int i) {
    return tokens.get(i).end();
  }

  /** Index of the token starting at or containing the offset, or -1. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (offset < t.start()) {
        hi = mid - 1;
      } else if (offset >= t.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Index of the first token starting at or after the offset. */
  int tokenFrom(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether a PLACE candidate starts at offset start. */
  boolean placeFrom(int start) {
    for (Cand c : cands) {
      if (c.type == EntityType.PLACE && c.start == start) {
        return true;
      }
    }
    return false;
  }

  /** Whether a PLACE candidate spans exactly [start, end). */
  boolean placeAt(int start, int end) {
    for (Cand c : cands) {
      if (c.type == EntityType.PLACE && c.start == start && c.end == end) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens a and b are separated by exactly one space. */
  boolean oneSpaceBetween(int a, int b) {
    return text.substring(tokens.get(a).end(), tokens.get(b).start()).equals(" ");
  }

  boolean coveredBy(int start, int end, int minPrio) {
    for (Cand c : cands) {
      if (c.prio >= minPrio && c.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }

  Cand add(int start, int end, EntityType type, String kind, int prio, String canon) {
    Cand c = new Cand(start, end, type, kind, prio, canon);
    cands.add(c);
    return c;
  }

  boolean inRole(int start, int end) {
    for (int[] r : roleSpans) {
      if (start >= r[0] && end <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /** Lower-cased, accent-folded text of the window [start, end). */
  String folded(int start, int end) {
    return Norm.fold(text.substring(Math.max(0, start), Math.min(text.length(), end)));
  }
}
