package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate relations of one document for the relation classifier: every rule proposal, every type-compatible
 * ordered pair of entities that occur in one sentence, and every type-compatible pair of the main event, main
 * project or main agreement with an entity that never shares a sentence with it. Each candidate gives the
 * features the classifier scores.
 */
final class RelationCandidates {
  /** A candidate; its features are computed when asked for (the classifier never scores the rule proposals). */
  record Candidate(String type, Ent a, Ent b, boolean proposed, RelationFeatures source) {
    List<String> features() {
      return source.of(type, a, b);
    }

    /** The features without the type prefix, shared between candidates: do not modify. */
    List<String> unprefixedFeatures() {
      return source.unprefixed(type, a, b);
    }
  }

  private static final Set<EntityType> ANY = EnumSet.allOf(EntityType.class);
  private static final Set<EntityType> ACTORS = EnumSet.of(EntityType.ORG, EntityType.PERSON);
  /** Argument types per relation type (corpus README). */
  static final Map<String, Set<EntityType>[]> SIGNATURES = signatures();

  private RelationCandidates() {}

  @SuppressWarnings("unchecked")
  private static Map<String, Set<EntityType>[]> signatures() {
    Map<String, Set<EntityType>[]> m = new LinkedHashMap<>();
    m.put("SIGNED", new Set[] {EnumSet.of(EntityType.AGREEMENT), ACTORS});
    m.put("SIGNED_AT", new Set[] {EnumSet.of(EntityType.AGREEMENT), EnumSet.of(EntityType.EVENT, EntityType.PLACE)});
    m.put("INVOLVES", new Set[] {EnumSet.of(EntityType.AGREEMENT), ACTORS});
    m.put("PRESENT_AT", new Set[] {ACTORS, EnumSet.of(EntityType.AGREEMENT)});
    m.put("PARTICIPATED", new Set[] {ACTORS, EnumSet.of(EntityType.EVENT)});
    m.put("ORGANISED", new Set[] {ACTORS, EnumSet.of(EntityType.EVENT)});
    m.put("LED_BY", new Set[] {EnumSet.of(EntityType.EVENT, EntityType.ORG), ACTORS});
    m.put("LOCATED_IN", new Set[] {EnumSet.of(EntityType.EVENT, EntityType.ORG, EntityType.PLACE),
        EnumSet.of(EntityType.PLACE)});
    m.put("MEETS", new Set[] {ACTORS, ACTORS});
    m.put("COOPERATES", new Set[] {EnumSet.of(EntityType.ORG), EnumSet.of(EntityType.ORG)});
    m.put("FUNDED_BY", new Set[] {ANY, EnumSet.of(EntityType.PROGRAMME, EntityType.ORG)});
    m.put("RUN_BY", new Set[] {EnumSet.of(EntityType.PROGRAMME), EnumSet.of(EntityType.ORG)});
    m.put("SELECTED_BY", new Set[] {EnumSet.of(EntityType.ORG, EntityType.PROGRAMME),
        EnumSet.of(EntityType.ORG, EntityType.PROGRAMME)});
    m.put("PART_OF", new Set[] {EnumSet.of(EntityType.ORG, EntityType.EVENT, EntityType.PROGRAMME, EntityType.PLACE),
        EnumSet.of(EntityType.ORG, EntityType.EVENT, EntityType.PROGRAMME)});
    m.put("HAS_THEME", new Set[] {EnumSet.of(EntityType.AGREEMENT, EntityType.EVENT, EntityType.PROGRAMME,
        EntityType.ORG), EnumSet.of(EntityType.THEME)});
    return m;
  }

  /** The rule proposals first (in their order), then the new same-sentence pairs in text order. */
  static List<Candidate> of(RelationContext ctx, List<Relation> proposals) {
    RelationFeatures features = new RelationFeatures(ctx, RuleProposals.of(proposals));
    Map<String, Candidate> out = new LinkedHashMap<>();
    for (Relation r : proposals) {
      Ent a = ctx.ent(r.arg0());
      Ent b = ctx.ent(r.arg1());
      out.put(key(r.type(), a, b), new Candidate(r.type(), a, b, true, features));
    }
    List<Ent> ents = new ArrayList<>(ctx.ents);
    ents.sort(java.util.Comparator.comparingInt(Ent::first).thenComparing(e -> e.id));
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      final int sentence = s;
      List<Ent> here = ents.stream().filter(e -> e.inSentence(ctx.doc, sentence)).toList();
      for (Ent a : here) {
        for (Ent b : here) {
          if (a == b) {
            continue;
          }
          for (Map.Entry<String, Set<EntityType>[]> sig : SIGNATURES.entrySet()) {
            String type = sig.getKey();
            boolean fits = sig.getValue()[0].contains(a.type) && sig.getValue()[1].contains(b.type)
                && !RelationContext.partnerOfCall(type, a, b);
            boolean symmetricTwin = RelationContext.SYMMETRIC.contains(type) && out.containsKey(key(type, b, a));
            if (fits && !symmetricTwin && !out.containsKey(key(type, a, b))) {
              out.put(key(type, a, b), new Candidate(type, a, b, false, features));
            }
          }
        }
      }
    }
    for (Ent main : new Ent[] {ctx.mainEvent, ctx.mainProject, ctx.mainAgreement}) {
      if (main != null) {
        addMainPairs(ctx, ents, main, features, out);
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The pairs of the main event, project or agreement with each entity that never shares a sentence with it,
   * both ways, for every type their types fit.
   */
  private static void addMainPairs(RelationContext ctx, List<Ent> ents, Ent main, RelationFeatures features,
      Map<String, Candidate> out) {
    for (Ent x : ents) {
      if (x == main || sharesSentence(ctx.doc, x, main)) {
        continue;
      }
      for (Map.Entry<String, Set<EntityType>[]> sig : SIGNATURES.entrySet()) {
        String type = sig.getKey();
        if (sig.getValue()[0].contains(x.type) && sig.getValue()[1].contains(main.type)
            && !out.containsKey(key(type, x, main)) && !RelationContext.partnerOfCall(type, x, main)) {
          out.put(key(type, x, main), new Candidate(type, x, main, false, features));
        }
        if (sig.getValue()[0].contains(main.type) && sig.getValue()[1].contains(x.type)
            && !out.containsKey(key(type, main, x))) {
          out.put(key(type, main, x), new Candidate(type, main, x, false, features));
        }
      }
    }
  }

  private static boolean sharesSentence(Doc doc, Ent a, Ent b) {
    for (Cand c : a.cands) {
      if (b.inSentence(doc, doc.sentenceAt(c.start))) {
        return true;
      }
    }
    return false;
  }

  private static String key(String type, Ent a, Ent b) {
    return type + "|" + a.id + "|" + b.id;
  }
}
