package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the rules proposed, looked up for the relation classifier's features: the types proposed for an ordered
 * pair ("~TYPE" when the pair is the proposal's reverse), the relations the rules gave an entity with a third one,
 * and whether the rules gave a theme another carrier.
 */
final class RuleProposals {
  private final Map<String, List<String>> proposedForPair;
  private Map<String, Map<String, List<String>>> proposalsByEnt;

  RuleProposals(Map<String, List<String>> proposedForPair) {
    this.proposedForPair = proposedForPair;
  }

  /** The proposals indexed by ordered pair, both ways. */
  static RuleProposals of(List<Relation> proposals) {
    Map<String, List<String>> proposedForPair = new LinkedHashMap<>();
    for (Relation r : proposals) {
      proposedForPair.computeIfAbsent(r.arg0() + "|" + r.arg1(), k -> new ArrayList<>()).add(r.type());
      proposedForPair.computeIfAbsent(r.arg1() + "|" + r.arg0(), k -> new ArrayList<>()).add("~" + r.type());
    }
    return new RuleProposals(proposedForPair);
  }

  /** The types the rules proposed for a and b ("~TYPE" for b and a). */
  List<String> forPair(Ent a, Ent b) {
    return proposedForPair.getOrDefault(a.id + "|" + b.id, List.of());
  }

  /**
   * The "far-other=" features of a pair across sentences: each relation type the rules proposed for the entity with
   * an entity other than the main one, and the entity's place in it (0 first argument, 1 second). An organisation
   * the rules already have taking part in another event, or a theme they gave another carrier, is less often the main
   * one's.
   */
  List<String> ruleRelationsOf(Ent e, Ent main) {
    TreeSet<String> out = new TreeSet<>();
    proposalsByEnt().getOrDefault(e.id, Map.of()).forEach((partner, types) -> {
      if (!partner.equals(main.id)) {
        types.forEach(t -> out.add("far-other=" + (t.startsWith("~") ? t.substring(1) + ",1" : t + ",0")));
      }
    });
    return new ArrayList<>(out);
  }

  /** Whether the rules already gave the theme b a carrier other than a. */
  boolean themeCarriedElsewhere(Ent a, Ent b) {
    String suffix = "|" + b.id;
    for (Map.Entry<String, List<String>> e : proposedForPair.entrySet()) {
      if (e.getKey().endsWith(suffix) && !e.getKey().equals(a.id + suffix) && e.getValue().contains("HAS_THEME")) {
        return true;
      }
    }
    return false;
  }

  /** The rule proposals by first entity id, then partner id ("~TYPE" when the entity is the second argument). */
  private Map<String, Map<String, List<String>>> proposalsByEnt() {
    if (proposalsByEnt == null) {
      proposalsByEnt = new HashMap<>();
      proposedForPair.forEach((pair, types) -> {
        int bar = pair.indexOf('|');
        proposalsByEnt.computeIfAbsent(pair.substring(0, bar), k -> new HashMap<>()).put(pair.substring(bar + 1), types);
      });
    }
    return proposalsByEnt;
  }
}
