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
  /** "Partners in X include", "The founding members are", "Al progetto partecipano anche", "di cui fanno parte". */
  private static final Pattern LIST_OF_MEMBERS = Pattern.compile("(?iu)\\b(?:partners?|members|membri|soci|partenaires"
      + "|membres|socios|miembros)\\b[^.;,]{0,40}?\\b(?:include|includes|including|are|sono|comprendono|comprende"
      + "|sont|comprennent|incluyen|incluye|son)\\b\\s*:?"
      + "|\\b(?:al progetto|al consorzio|all['’]alleanza|alla rete|to the project|au projet|al proyecto)\\s+"
      + "(?:partecipano|participate|participent|participan)(?:\\s+(?:anche|also|aussi|también|inoltre))?"
      + "|\\b(?:di cui fanno parte|ne fanno parte|dont font partie|del que forman parte|de la que forman parte)\\b");
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
      for (int[] cue : ctx.cues(s, LIST_OF_MEMBERS)) {
        listedMembers(ctx, s, cue);
      }
    }
  }

  /**
   * The organisations listed after the cue are part of the project or body the cue names ("Partners in X include"),
   * else of the document's main project, else of the programme or organisation the sentence names before the cue.
   */
  private static void listedMembers(RelationContext ctx, int s, int[] cue) {
    RelationContext.Occ body = null;
    for (RelationContext.Occ o : ctx.inSentence(s)) {
      boolean inCue = o.cand().start >= cue[0] && o.cand().end <= cue[1];
      if (inCue && (o.ent().type == EntityType.PROGRAMME || o.ent().type == EntityType.ORG)) {
        body = o;
      }
    }
    Ent target = body != null ? body.ent() : ctx.mainProject;
    if (target == null) {
      RelationContext.Occ before = ctx.before(s, cue[0], Words.set(EntityType.PROGRAMME, EntityType.ORG));
      target = before == null ? null : before.ent();
    }
    if (target == null) {
      return;
    }
    for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false)) {
      if (o.ent() != target) {
        ctx.add("PART_OF", o.ent(), target, null);
      }
    }
  }
}
