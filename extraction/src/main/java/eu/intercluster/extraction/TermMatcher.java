package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match dictionary lookup over sub-tokens (hyphenated words split), accent- and case-insensitive.
 * Entries written all in capitals (AI, UE, ICT) match only capitals; proper-noun entries need a capital.
 */
final class TermMatcher<T> {
  record Match<T>(int start, int end, int firstSub, int endSub, T payload) {}

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    T payload;
    boolean exactCase;
    String surface;
    boolean proper;
    boolean[] capitals;
  }

  private final Node<T> root = new Node<>();

  void add(String surface, T payload, boolean properNoun) {
    add(surface, payload, properNoun, false);
  }

  /**
   * With everyCapital, each word the entry writes capitalised must be capitalised in the text ("La Réunion"), and an
   * entry that starts with a lower-case word may start so in the text ("mer du Nord", "golfo Pérsico").
   */
  void add(String surface, T payload, boolean properNoun, boolean everyCapital) {
    List<Token> words = Tokenizer.subTokens(Tokenizer.tokenize(surface));
    if (words.isEmpty()) {
      return;
    }
    Node<T> n = root;
    for (Token w : words) {
      n = n.next.computeIfAbsent(Norm.fold(w.text()), k -> new Node<>());
    }
    if (n.payload == null) {
      n.payload = payload;
      n.surface = surface;
      n.exactCase = isAllCaps(surface);
      n.proper = properNoun;
      if (everyCapital) {
        n.capitals = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
          n.capitals[i] = words.get(i).isUpper();
        }
      }
    }
  }

  List<Match<T>> findAll(List<Token> subs, String text) {
    List<Match<T>> out = new ArrayList<>();
    String[] folded = new String[subs.size()];
    for (int i = 0; i < subs.size(); i++) {
      folded[i] = Norm.fold(subs.get(i).text());
    }
    int i = 0;
    while (i < subs.size()) {
      Node<T> n = root;
      Match<T> best = null;
      for (int j = i; j < subs.size(); j++) {
        n = n.next.get(folded[j]);
        if (n == null) {
          break;
        }
        if (n.payload != null && accepts(n, subs, i, j, text)) {
          best = new Match<>(subs.get(i).start(), subs.get(j).end(), i, j + 1, n.payload);
        }
      }
      if (best != null && wordBoundaries(best, text)) {
        out.add(best);
        i = best.endSub();
      } else {
        i++;
      }
    }
    return out;
  }

  private static <T> boolean accepts(Node<T> n, List<Token> subs, int i, int j, String text) {
    String matched = text.substring(subs.get(i).start(), subs.get(j).end());
    if (n.exactCase) {
      return Norm.fold(matched).equals(Norm.fold(n.surface)) && isAllCaps(matched.replaceAll("[^\\p{L}]", ""));
    }
    if (n.capitals != null) {
      for (int k = 0; k < n.capitals.length && i + k <= j; k++) {
        if (n.capitals[k] && !subs.get(i + k).isUpper()) {
          return false;
        }
      }
    }
    return !n.proper || subs.get(i).isUpper() || n.capitals != null && !n.capitals[0];
  }

  private static <T> boolean wordBoundaries(Match<T> m, String text) {
    boolean left = m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1));
    boolean right = m.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(m.end()));
    return left && right;
  }

  private static boolean isAllCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letters >= 2;
  }
}
