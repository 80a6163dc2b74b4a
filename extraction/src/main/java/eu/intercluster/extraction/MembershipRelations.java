package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * PART_OF for stated membership: "la Regione Lazio è già membro della rete ERRIN", "X is a member of the Y network",
 * "X a rejoint Y", "X se unió a Y". The member is the nearest organisation before the cue, the body the first
 * organisation or programme right after it.
 */
final class MembershipRelations {
  private static final Pattern MEMBER = Pattern.compile("(?iu)\\b(?:membro|membri|socio|soci|member|members|membre"
      + "|membres|miembro|miembros|aderente|aderenti)\\s+(?:effettivo\\s+|fondatore\\s+|founding\\s+|fondateur\\s+)?"
      + "(?:della|del|dell['’]|dei|degli|delle|of the|of|de la|de l['’]|du|des|de los|de las|de)\\b"
      + "|\\b(?:ha aderito a|hanno aderito a|aderisce a|aderiscono a|has joined|have joined|joined|a rejoint|ont rejoint"
      + "|se unió a|se han unido a|se ha unido a)\\b");
  private static final int MAX_TOKENS_TO_BODY = 3;

  private MembershipRelations() {}

  static void extract(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      for (int[] cue : ctx.cues(s, MEMBER)) {
        RelationContext.Occ member = ctx.before(s, cue[0], Words.set(EntityType.ORG));
        RelationContext.Occ body = null;
        for (RelationContext.Occ o : ctx.after(s, cue[1], Words.set(EntityType.ORG, EntityType.PROGRAMME), false)) {
          body = body == null ? o : body;
        }
        if (member == null || body == null || member.ent() == body.ent()
            || ctx.doc.tokenAt(body.cand().start) - ctx.doc.tokenFrom(cue[1]) > MAX_TOKENS_TO_BODY) {
          continue;
        }
        ctx.add("PART_OF", member.ent(), body.ent(), null);
      }
    }
  }
}
