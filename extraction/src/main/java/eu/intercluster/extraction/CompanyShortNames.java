package eu.intercluster.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * A company named once with its legal form is later named without it, or by its first word: "Cartotecnica
 * Adriatica" and "Nordvik" after "Cartotecnica Adriatica S.p.A." and "Nordvik Workwear AB". Each such occurrence
 * becomes a mention of the company, unless a longer name covers it or two companies share the short form. A first
 * word is a short form only if it is capitalised, not a given name, not a word for a kind of body ("Gruppo"), and
 * not written in lower case elsewhere in the text.
 */
final class CompanyShortNames {
  private CompanyShortNames() {}

  static void add(Doc doc) {
    Map<String, Cand> byShort = new HashMap<>();
    for (Cand c : doc.cands) {
      if (c.type != EntityType.ORG || c.generic || !c.canon.startsWith("T:")) {
        continue;
      }
      String bare = CompanyNames.bareName(doc.slice(c.start, c.end));
      if (bare == null) {
        continue;
      }
      register(byShort, bare, c);
      String[] words = bare.split("\\s+");
      if (words.length >= 2 && firstWordShortForm(doc, words[0])) {
        register(byShort, words[0], c);
      }
    }
    byShort.values().removeIf(c -> c == null);
    if (byShort.isEmpty()) {
      return;
    }
    Map<String, String[]> formWords = new HashMap<>();
    byShort.keySet().forEach(form -> formWords.put(form, form.split("\\s+")));
    for (int i = 0; i < doc.tokens.size(); i++) {
      for (Map.Entry<String, Cand> e : byShort.entrySet()) {
        int end = matchEnd(doc, i, formWords.get(e.getKey()));
        if (end > i && !partOfLongerName(doc, end) && !covered(doc, i, end)) {
          Cand target = e.getValue();
          Cand c = doc.add(doc.tokens.get(i).start(), doc.tokens.get(end - 1).end(), EntityType.ORG, target.kind,
              Cand.PATTERN, target.canon);
          c.externalId = target.externalId;
        }
      }
    }
  }

  private static void register(Map<String, Cand> byShort, String form, Cand c) {
    if (byShort.containsKey(form) && (byShort.get(form) == null || !byShort.get(form).canon.equals(c.canon))) {
      byShort.put(form, null);
    } else {
      byShort.put(form, c);
    }
  }

  private static boolean firstWordShortForm(Doc doc, String word) {
    return word.length() >= 4 && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)
        && !Lexicon.INSTANCE.isGivenName(word) && !Lexicon.INSTANCE.inSection("org", word)
        && !Lexicon.INSTANCE.inFolded("orglower", Norm.fold(word))
        && !doc.lowerCaseWords().contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** End (exclusive token index) of the form's words from token i, or -1. */
  private static int matchEnd(Doc doc, int i, String[] words) {
    if (i + words.length > doc.tokens.size()) {
      return -1;
    }
    int k = i;
    for (String w : words) {
      if (!doc.tokens.get(k).text().equals(w)) {
        return -1;
      }
      k++;
    }
    return k;
  }

  /** "Nordvik Workwear" goes on: a capitalised word right after the form continues a name. */
  private static boolean partOfLongerName(Doc doc, int end) {
    if (end >= doc.tokens.size()) {
      return false;
    }
    Token next = doc.tokens.get(end);
    return next.isWord() && next.isUpper() && next.start() == doc.tokens.get(end - 1).end() + 1;
  }

  private static boolean covered(Doc doc, int i, int end) {
    int st = doc.tokens.get(i).start();
    int en = doc.tokens.get(end - 1).end();
    for (Cand c : doc.cands) {
      if (c.overlaps(st, en) && c.prio >= Cand.PLACE && (c.length() > en - st || c.type == EntityType.ORG)) {
        return true;
      }
    }
    return false;
  }
}
