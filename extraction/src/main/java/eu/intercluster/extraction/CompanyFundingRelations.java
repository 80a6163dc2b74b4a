package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * FUNDED_BY of the company a text is about: "Kestrel Foods opens a plant in Valdria. The investment is co-financed by
 * the regional ERDF programme." A funding sentence that names nothing before its cue funds the company the text
 * opens with (the first organisation of the text, a company, a research centre or a cluster).
 */
final class CompanyFundingRelations {
  private static final Pattern CUE = Pattern.compile("(?iu)(finanziat|cofinanziat|co-finanziat|funded by|funded with"
      + "|funded through|funded under|co-funded|cofunded|financed by|financed with|financé|cofinancé|financiad"
      + "|cofinanciad|grant from|grant of|ayuda de|subvención de|con cargo a|subvention de|prêt de|loan from"
      + "|contributo (?:di|del|della)|supported by|soutenu[e]? par|sostenut[oa] da|apoyad[oa] por)");
  private static final Set<EntityType> FUNDERS = Words.set(EntityType.ORG, EntityType.PROGRAMME);
  private static final Set<EntityType> SUBJECTS = Words.set(EntityType.ORG, EntityType.PROGRAMME, EntityType.EVENT,
      EntityType.AGREEMENT, EntityType.PLACE);
  private static final Set<String> FIRM_KINDS = Words.set("company", "research", "cluster");

  private CompanyFundingRelations() {}

  static void extract(RelationContext ctx, int s) {
    List<int[]> cues = ctx.cues(s, CUE);
    if (cues.isEmpty()) {
      return;
    }
    int cue = cues.get(0)[0];
    for (RelationContext.Occ o : ctx.inSentence(s)) {
      if (SUBJECTS.contains(o.ent().type) && o.cand().start < cue) {
        return;
      }
    }
    List<RelationContext.Occ> after = ctx.after(s, cues.get(0)[1], FUNDERS, false);
    Ent company = mainCompany(ctx);
    if (after.isEmpty() || company == null || company == after.get(0).ent()) {
      return;
    }
    ctx.add("FUNDED_BY", company, after.get(0).ent(), null);
  }

  /** The text's first organisation when it is a company, research centre or cluster named in the first two sentences. */
  private static Ent mainCompany(RelationContext ctx) {
    Ent first = null;
    for (Ent e : ctx.ents) {
      if (e.type == EntityType.ORG && (first == null || e.first() < first.first())) {
        first = e;
      }
    }
    Object kind = first == null ? null : first.attrs.get("kind");
    if (kind == null || !FIRM_KINDS.contains(kind.toString()) || ctx.doc.sentenceAt(first.first()) > 1) {
      return null;
    }
    return first;
  }
}
