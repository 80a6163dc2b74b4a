package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Features of a candidate relation, each prefixed with the relation type: the argument types and kinds, what
 * the rules proposed for the pair, and, for the closest pair of occurrences, the distance, order, the
 * entities and word stems between them, the first and last of them and the signs between, how many entities of
 * each argument's type intervene, whether each argument is the other's closest of its type, the words around
 * them and the language. A pair in different sentences gets {@link FarPairFeatures} instead. What the rules
 * proposed is read from {@link RuleProposals}.
 */
final class RelationFeatures {
  private static final int MAX_BETWEEN = 14;
  private final RelationContext ctx;
  private final RuleProposals proposals;
  private final Map<Integer, List<RelationContext.Occ>> occsBySentence = new HashMap<>();
  private final Map<Integer, List<String>> wordsBySentence = new HashMap<>();
  private final Map<String, List<String>> unprefixedByPair = new HashMap<>();

  RelationFeatures(RelationContext ctx, RuleProposals proposals) {
    this.ctx = ctx;
    this.proposals = proposals;
  }

  /** The features of a candidate, each prefixed with its type (what the classifier is trained on). */
  List<String> of(String type, Ent a, Ent b) {
    return prefixed(type, unprefixed(type, a, b));
  }

  /**
   * The features without the type prefix. The candidates of one pair differ only in whether the rules proposed
   * their type, so the list is computed once per pair and rule outcome (and per type when the rules proposed it,
   * since the other proposals are then listed without it). The list is shared: do not modify it.
   */
  List<String> unprefixed(String type, Ent a, Ent b) {
    List<String> proposed = proposals.forPair(a, b);
    boolean typeProposed = proposed.contains(type);
    boolean rule = typeProposed || RelationContext.SYMMETRIC.contains(type) && proposed.contains("~" + type);
    String key = a.id + "|" + b.id + "|" + rule + "|" + (typeProposed ? type : "");
    return unprefixedByPair.computeIfAbsent(key, k -> compute(type, a, b, proposed, rule));
  }

  private List<String> compute(String type, Ent a, Ent b, List<String> proposed, boolean rule) {
    List<String> raw = new ArrayList<>();
    raw.add("bias");
    raw.add("t=" + a.type + ">" + b.type);
    raw.add("k=" + a.attrs.get("kind") + ">" + b.attrs.get("kind"));
    raw.add(rule ? "rule" : "norule");
    for (String p : new TreeSet<>(proposed)) {
      if (!p.equals(type)) {
        raw.add("rule-other=" + p);
      }
    }
    raw.add("main=" + (a == ctx.mainEvent) + "," + (b == ctx.mainEvent));
    if (b.type == EntityType.THEME) {
      raw.add("theme-carried=" + proposals.themeCarriedElsewhere(a, b));
    }
    Cand[] pair = closest(a, b);
    Doc doc = ctx.doc;
    int sa = doc.sentenceAt(pair[0].start);
    int sb = doc.sentenceAt(pair[1].start);
    if (sa != sb) {
      raw.add("sentences=" + Math.min(Math.abs(sa - sb), 3));
      raw.add((rule ? "rule" : "norule") + "&far");
      raw.addAll(FarPairFeatures.of(this, proposals, ctx, a, b, pair, sa, sb));
      return raw;
    }
    boolean aFirst = pair[0].start < pair[1].start;
    Cand left = aFirst ? pair[0] : pair[1];
    Cand right = aFirst ? pair[1] : pair[0];
    raw.add(aFirst ? "order=ab" : "order=ba");
    raw.add("roles=" + ctx.doc.inRole(pair[0].start, pair[0].end) + "," + ctx.doc.inRole(pair[1].start, pair[1].end));
    int from = doc.tokenFrom(left.end);
    int to = doc.tokenFrom(right.start);
    int gap = Math.max(0, to - from);
    String bucket = gap <= 2 ? "0-2" : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : gap <= 20 ? "11-20" : "21+";
    raw.add("gap=" + bucket);
    raw.add((rule ? "rule" : "norule") + "&gap=" + bucket);
    int intervening = 0;
    for (RelationContext.Occ o : occs(sa)) {
      if (o.cand().start >= left.end && o.cand().end <= right.start) {
        intervening++;
        raw.add("between-ent=" + o.ent().type);
      }
    }
    raw.add("between-count=" + Math.min(intervening, 3));
    raw.add("lang=" + doc.lang);
    neighbours(raw, a, b, pair, left, right, sa);
    edges(raw, aFirst, sa, from, to);
    if (gap <= MAX_BETWEEN) {
      for (int i = from; i < to; i++) {
        Token t = doc.tokens.get(i);
        if (t.isWord() && !insideOcc(sa, t.start())) {
          raw.add("w=" + stem(t.folded()));
        }
      }
    }
    raw.add("L=" + word(doc.tokenFrom(left.start) - 1, sa));
    raw.add("R=" + word(doc.tokenFrom(right.end), sa));
    return raw;
  }

  /** How many entities of each argument's type lie between them, and whether each is the other's closest of its type. */
  private void neighbours(List<String> raw, Ent a, Ent b, Cand[] pair, Cand left, Cand right, int sentence) {
    int sameA = 0;
    int sameB = 0;
    for (RelationContext.Occ o : occs(sentence)) {
      if (o.cand().start >= left.end && o.cand().end <= right.start) {
        sameA += o.ent().type == a.type && o.ent() != a ? 1 : 0;
        sameB += o.ent().type == b.type && o.ent() != b ? 1 : 0;
      }
    }
    String order = pair[0].start < pair[1].start ? "ab" : "ba";
    raw.add("sameA=" + Math.min(sameA, 2) + "," + order);
    raw.add("sameB=" + Math.min(sameB, 2) + "," + order);
    raw.add("nearestB=" + nearest(pair[0], b, sentence) + "," + order);
    raw.add("nearestA=" + nearest(pair[1], a, sentence) + "," + order);
  }

  /** The first and last word or sign between the arguments (outside other entities) and the signs between them. */
  private void edges(List<String> raw, boolean aFirst, int sentence, int from, int to) {
    String first = "#";
    String last = "#";
    StringBuilder signs = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = ctx.doc.tokens.get(i);
      if (insideOcc(sentence, t.start())) {
        continue;
      }
      String w = t.isWord() ? stem(t.folded()) : t.text();
      first = first.equals("#") ? w : first;
      last = w;
      if (!t.isWord() && signs.length() < 6) {
        signs.append(t.text());
      }
    }
    String order = aFirst ? "ab" : "ba";
    raw.add("first=" + first + "," + order);
    raw.add("last=" + last + "," + order);
    raw.add("punct=" + signs);
  }

  /** Whether the entity's occurrence is the closest of its type to the other argument's occurrence in the sentence. */
  private boolean nearest(Cand from, Ent target, int sentence) {
    int best = Integer.MAX_VALUE;
    Ent bestEnt = null;
    for (RelationContext.Occ o : occs(sentence)) {
      if (o.ent().type == target.type && !o.cand().equals(from)) {
        int d = Math.abs(o.cand().start - from.start);
        if (d < best) {
          best = d;
          bestEnt = o.ent();
        }
      }
    }
    return bestEnt == target;
  }

  /** The occurrences in a sentence, computed once per sentence. */
  List<RelationContext.Occ> occs(int sentence) {
    return occsBySentence.computeIfAbsent(sentence, ctx::inSentence);
  }

  /** The word features of a sentence for pairs across sentences, computed once per sentence. */
  List<String> sentenceWords(int sentence) {
    return wordsBySentence.computeIfAbsent(sentence, s -> FarPairFeatures.sentenceWords(this, ctx, s));
  }

  boolean insideOcc(int sentence, int offset) {
    for (RelationContext.Occ o : occs(sentence)) {
      if (offset >= o.cand().start && offset < o.cand().end) {
        return true;
      }
    }
    return false;
  }

  private String word(int token, int sentence) {
    Sentence s = ctx.doc.sentence(sentence);
    if (token < s.first() || token >= s.last() || token >= ctx.doc.tokens.size()) {
      return "#";
    }
    Token t = ctx.doc.tokens.get(token);
    return t.isWord() ? stem(t.folded()) : t.text();
  }

  static String stem(String folded) {
    return folded.length() > 5 ? folded.substring(0, 5) : folded;
  }

  /** The two occurrences (of a and of b) closest to each other, preferring ones in the same sentence. */
  private Cand[] closest(Ent a, Ent b) {
    Cand[] best = null;
    long bestScore = Long.MAX_VALUE;
    for (Cand x : a.cands) {
      for (Cand y : b.cands) {
        int sentences = Math.abs(ctx.doc.sentenceAt(x.start) - ctx.doc.sentenceAt(y.start));
        long score = sentences * 1_000_000L + Math.abs(x.start - y.start);
        if (score < bestScore) {
          bestScore = score;
          best = new Cand[] {x, y};
        }
      }
    }
    return best;
  }

  private static List<String> prefixed(String type, List<String> raw) {
    List<String> out = new ArrayList<>(raw.size());
    for (String f : raw) {
      out.add(type + ":" + f);
    }
    return out;
  }
}
