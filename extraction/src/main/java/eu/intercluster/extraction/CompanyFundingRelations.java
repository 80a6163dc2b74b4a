package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * FUNDED_BY of the company a text is about: "Kestrel Foods opens a plant in Valdria. The investment is co-financed by
 * the regional ERDF programme." A funding sentence that names nothing before its cue funds the company the text
 * opens with (the first company, research centre or cluster of the text's first two sentences): the first
 * organisation or programme after the cue funds it, also after a grant, a loan, an investment round ("The round was
 * led by Oost NL", "a grant from Business Finland", "un finanziamento di Cassa Depositi e Prestiti").
 */
final class CompanyFundingRelations {
  private static final Pattern CUE = Pattern.compile("(?iu)(finanziat|cofinanziat|co-finanziat|funded by|funded with"
      + "|funded through|funded under|co-funded|cofunded|financed by|financed with|financé|cofinancé|financiad"
      + "|cofinanciad|grant from|grant of|ayuda de|subvención de|con cargo a|subvention de|prêt de|loan from"
      + "|contributo (?:di|del|della)|supported by|soutenu[e]? par|sostenut[oa] da|apoyad[oa] por|backed by"
      + "|grants? through|grant under|loan of|prestito (?:di|del|della)|préstamo (?:de|del)"
      + "|finanziamento (?:di|del|della|da)"
      + "|aide de|soutien d|funding from|investment from|with participation from|con la partecipazione d"
      + "|avec la participation d|con la participación d"
      + "|(?:round|ronda|tour de table|aumento di capitale|operazione|operación|opération)\\b[^.;]{0,40}?\\b(?:led by"
      + "|liderad[oa] por|guidat[oa] da|menée? par))");
  private static final Set<EntityType> FUNDERS = Words.set(EntityType.ORG, EntityType.PROGRAMME);
  private static final Set<EntityType> SUBJECTS = Words.set(EntityType.ORG, EntityType.PROGRAMME, EntityType.EVENT,
      EntityType.AGREEMENT, EntityType.PLACE);
  private static final Set<String> FIRM_KINDS = Words.set("company", "research", "cluster");
  /** The text's company is named in its first two sentences (a heading line before them aside). */
  private static final int OPENING_SENTENCES = 1;

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

  /**
   * The first organisation of the text's opening sentences that is a company (by its kind or its legal form,
   * "Kaarna Materials Oy"), a research centre or a cluster, when no other organisation comes before it but a
   * heading's ("COMPANIES & MARKETS"); else null.
   */
  private static Ent mainCompany(RelationContext ctx) {
    List<Ent> opening = new ArrayList<>();
    for (Ent e : ctx.ents) {
      if (e.type == EntityType.ORG && ctx.doc.sentenceAt(e.first()) <= OPENING_SENTENCES) {
        opening.add(e);
      }
    }
    opening.sort((a, b) -> Integer.compare(a.first(), b.first()));
    for (Ent e : opening) {
      if (firm(e)) {
        return e;
      }
      if (!heading(ctx, e)) {
        return null;
      }
    }
    return null;
  }

  private static boolean firm(Ent e) {
    Object kind = e.attrs.get("kind");
    return kind != null && FIRM_KINDS.contains(kind.toString()) || CompanyNames.endsWithLegalForm(e.text);
  }

  /** An organisation named only by an upper-case heading line ("COMPANIES & MARKETS"). */
  private static boolean heading(RelationContext ctx, Ent e) {
    return e.text.equals(e.text.toUpperCase(java.util.Locale.ROOT)) && e.text.length() > 4
        && ctx.doc.sentenceAt(e.first()) == 0;
  }
}
