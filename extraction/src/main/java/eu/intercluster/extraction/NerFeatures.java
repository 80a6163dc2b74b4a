package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Token features for the tagger, one {@link NerModel.Sequence} per sentence: the word, its affixes and shape,
 * two words of context either side, the cue-word sections of the lexicon it belongs to, whether the word is
 * written capitalised or lower-case elsewhere in the text, and (optionally) what the rules made of it: the
 * label of the rule entity covering it and the types of every rule candidate covering it.
 */
final class NerFeatures {
  private static final List<String> SECTIONS = List.of("org", "event", "programme", "venue", "role", "eventnoun",
      "orglower", "programmenoun", "stop", "demonym", "title", "portfolio", "infrasite");

  private final boolean ruleFeatures;

  NerFeatures(boolean ruleFeatures) {
    this.ruleFeatures = ruleFeatures;
  }

  /** One sequence per sentence of the analysed text; gold labels from goldLabels (all O when null). */
  List<NerModel.Sequence> sequences(Extractor.Analysis a, int[] goldLabels) {
    Doc doc = a.doc();
    int n = doc.tokens.size();
    String[] rule = ruleLabels(a, n);
    List<Set<String>> cands = candidateTypes(doc, n);
    Set<String> capitalised = new HashSet<>();
    Set<String> lower = new HashSet<>();
    for (Sentence s : doc.sentences) {
      for (int i = s.first() + 1; i < s.last(); i++) {
        Token t = doc.tokens.get(i);
        if (t.isWord()) {
          (t.isUpper() ? capitalised : lower).add(t.folded());
        }
      }
    }
    List<NerModel.Sequence> out = new ArrayList<>();
    for (Sentence s : doc.sentences) {
      List<List<String>> features = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (int i = s.first(); i < s.last(); i++) {
        Token t = doc.tokens.get(i);
        List<String> f = new ArrayList<>(48);
        word(f, doc, s, i);
        f.add(capitalised.contains(t.folded()) ? "capElsewhere" : "noCapElsewhere");
        f.add(lower.contains(t.folded()) ? "lowerElsewhere" : "noLowerElsewhere");
        if (ruleFeatures) {
          f.add("r=" + rule[i]);
          f.add("r-1=" + (i > s.first() ? rule[i - 1] : "<s>"));
          f.add("r+1=" + (i + 1 < s.last() ? rule[i + 1] : "</s>"));
          f.add("r|sh=" + rule[i] + "|" + shape(t.text()));
          for (String c : cands.get(i)) {
            f.add("c=" + c);
          }
        }
        features.add(f);
        words.add(t.text().toLowerCase(Locale.ROOT));
      }
      int[] gold = new int[s.last() - s.first()];
      if (goldLabels != null) {
        System.arraycopy(goldLabels, s.first(), gold, 0, gold.length);
      }
      out.add(new NerModel.Sequence(features, words, gold));
    }
    return out;
  }

  private static void word(List<String> f, Doc doc, Sentence s, int i) {
    Token t = doc.tokens.get(i);
    String w = t.text().toLowerCase(Locale.ROOT);
    String sh = shape(t.text());
    f.add("bias");
    f.add("w=" + w);
    f.add("p3=" + w.substring(0, Math.min(3, w.length())));
    f.add("s3=" + w.substring(Math.max(0, w.length() - 3)));
    f.add("s2=" + w.substring(Math.max(0, w.length() - 2)));
    f.add("sh=" + sh);
    f.add((i == s.first() ? "first|" : "mid|") + sh);
    for (int d = -2; d <= 2; d++) {
      if (d != 0) {
        f.add("w" + d + "=" + context(doc, s, i + d));
      }
    }
    f.add("w-1w=" + context(doc, s, i - 1) + "|" + w);
    f.add("ww+1=" + w + "|" + context(doc, s, i + 1));
    f.add("sh-1=" + (i > s.first() ? shape(doc.tokens.get(i - 1).text()) : "<s>") + "|" + sh);
    f.add("sh+1=" + sh + "|" + (i + 1 < s.last() ? shape(doc.tokens.get(i + 1).text()) : "</s>"));
    lexicon(f, "", t);
    if (i > s.first()) {
      lexicon(f, "-1", doc.tokens.get(i - 1));
    }
    if (i + 1 < s.last()) {
      lexicon(f, "+1", doc.tokens.get(i + 1));
    }
  }

  private static void lexicon(List<String> f, String at, Token t) {
    for (String section : SECTIONS) {
      if (Lexicon.INSTANCE.inFolded(section, t.folded())) {
        f.add("cue" + at + "=" + section);
      }
    }
    if (t.isUpper() && Lexicon.INSTANCE.isGivenName(t.text())) {
      f.add("given" + at);
    }
  }

  private static String context(Doc doc, Sentence s, int i) {
    if (i < s.first()) {
      return "<s>";
    }
    return i >= s.last() ? "</s>" : doc.tokens.get(i).text().toLowerCase(Locale.ROOT);
  }

  /** Xx, XX, X-X, d, x.x: upper, lower and digit runs collapsed to one character, other characters kept. */
  static String shape(String word) {
    StringBuilder sb = new StringBuilder();
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }

  /** B-/I- label of the rule entity occurrence covering each token, "O" elsewhere. */
  private static String[] ruleLabels(Extractor.Analysis a, int n) {
    String[] out = new String[n];
    java.util.Arrays.fill(out, "O");
    for (Ent e : a.ents()) {
      for (Cand c : e.cands) {
        for (int i = a.doc().tokenFrom(c.start); i < n && a.doc().tokens.get(i).end() <= c.end; i++) {
          out[i] = (a.doc().tokens.get(i).start() == c.start ? "B-" : "I-") + e.type.name();
        }
      }
    }
    return out;
  }

  /** Types of all candidates any recogniser proposed over each token, kept or not. */
  private static List<Set<String>> candidateTypes(Doc doc, int n) {
    List<Set<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new LinkedHashSet<>());
    }
    List<Cand> all = new ArrayList<>(doc.cands);
    all.addAll(doc.nested);
    for (Cand c : all) {
      for (int i = doc.tokenFrom(c.start); i < n && doc.tokens.get(i).end() <= c.end; i++) {
        out.get(i).add((doc.tokens.get(i).start() == c.start ? "B-" : "I-") + c.type.name());
      }
    }
    return out;
  }
}
