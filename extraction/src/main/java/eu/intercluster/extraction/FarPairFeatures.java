package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Features of a candidate relation whose arguments never share a sentence, seen from the one that is the text's
 * main event, project or agreement (else the second argument): which argument it is and whether it recurs, the
 * direction, whether the other argument's sentence names an entity of the main one's type, whether the other
 * argument sits in a role phrase, which relations the rules gave the other argument with a third entity
 * ({@link RuleProposals#ruleRelationsOf}), and the word stems of its sentence (first 25 tokens, outside entities).
 */
final class FarPairFeatures {
  private static final int MAX_WORDS = 25;

  private FarPairFeatures() {}

  static List<String> of(RelationFeatures features, RuleProposals proposals, RelationContext ctx, Ent a, Ent b,
      Cand[] pair, int sa, int sb) {
    boolean aMain = a == ctx.mainEvent || a == ctx.mainProject || a == ctx.mainAgreement;
    Ent main = aMain ? a : b;
    int sentence = aMain ? sb : sa;
    Cand other = pair[aMain ? 1 : 0];
    List<String> out = new ArrayList<>();
    out.add("far-main=" + (aMain ? "a" : "b") + "," + (main.cands.size() > 2));
    out.add("far-dir=" + (sb > sa ? "ab" : "ba"));
    boolean namesType = features.occs(sentence).stream().anyMatch(o -> o.ent().type == main.type);
    out.add("far-sentence-has-" + main.type + "=" + namesType);
    out.add("far-role=" + ctx.doc.inRole(other.start, other.end));
    out.addAll(proposals.ruleRelationsOf(aMain ? b : a, main));
    out.addAll(features.sentenceWords(sentence));
    return out;
  }

  /** The "sw=" features of a sentence: stems of its first 25 tokens that lie outside entities. */
  static List<String> sentenceWords(RelationFeatures features, RelationContext ctx, int sentence) {
    List<String> out = new ArrayList<>();
    Sentence s = ctx.doc.sentence(sentence);
    for (int i = s.first(); i < s.last() && i < s.first() + MAX_WORDS; i++) {
      Token t = ctx.doc.tokens.get(i);
      if (t.isWord() && !features.insideOcc(sentence, t.start())) {
        out.add("sw=" + RelationFeatures.stem(t.folded()));
      }
    }
    return out;
  }
}
