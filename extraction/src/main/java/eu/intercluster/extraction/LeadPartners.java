package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * RUN_BY for the coordinator or lead partner of a project named in a sentence of its own (guide §7: the coordinator
 * runs the project): "Capofila è X", "X è capofila", "di cui X è capofila", "progetto capofilato da X", "X is the lead
 * partner of Y", "It is led by X", "Lo lidera X", "Está liderada por X", "Il est piloté par X", "The consortium is
 * coordinated by X". The project is the one the sentence names, else the previous sentence's, else the main one.
 */
final class LeadPartners {
  /** The lead partner follows: "Capofila (del progetto) è", "capofilato da", "lead partner is", "chef de file est". */
  private static final Pattern LEAD_BEFORE = Pattern.compile("(?iu)\\b(?:capofila(?:\\s+(?:del progetto|del "
      + "partenariato|dell['’]iniziativa))?\\s+(?:è|sarà|era)|capofilat[oa] da(?:l|lla|ll['’])?|(?:the\\s+)?lead partner"
      + "(?:\\s+of the project)?\\s+is|chef de file(?:\\s+du projet)?\\s+est|socio (?:principal|líder|coordinador)"
      + "\\s+es)\\b\\s*(?:il|la|lo|l['’]|the|le|el)?\\s*");
  /** The lead partner precedes: "X è capofila", "X is the lead partner", "X est chef de file". */
  private static final Pattern LEAD_AFTER = Pattern.compile("(?iu)\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:è|sarà|is|will be"
      + "|est|sera|es|será)\\s+(?:il\\s+|the\\s+|le\\s+|el\\s+)?(?:capofila|lead partner|coordinator|coordinatore"
      + "|coordinatrice|coordinateur|chef de file|coordinador|coordinadora|socio líder)\\b");
  /** A sentence that opens with a pronoun or the consortium and says who leads or coordinates. */
  private static final Pattern LED_OPENING = Pattern.compile("(?iu)^\\W*(?:it\\s+(?:is|was|will be)\\s+(?:led"
      + "|coordinated)\\s+by|(?:il|elle)\\s+(?:est|sera)\\s+(?:piloté|pilotée|coordonné|coordonnée|porté|portée)e?\\s+par"
      + "|(?:lo|la)\\s+(?:lidera|coordina|dirige)|está\\s+(?:liderad|coordinad)[oa]\\s+por|(?:the consortium|il consorzio"
      + "|il partenariato|le consortium|el consorcio|el partenariado)\\s+(?:is|è|est|es|está)\\s+(?:led|coordinated"
      + "|guidato|coordinato|coordonné|piloté|liderado|coordinado)\\s+(?:by|da|par|por)(?:l|lla|ll['’])?)\\b\\s*");

  private static final Set<EntityType> ORG = Words.set(EntityType.ORG);

  private LeadPartners() {}

  static void extract(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      for (int[] cue : ctx.cues(s, LEAD_BEFORE)) {
        lead(ctx, s, cue, firstOrgAt(ctx, s, cue[1]));
      }
      for (int[] cue : ctx.cues(s, LED_OPENING)) {
        if (cue[0] - ctx.doc.sentence(s).start() <= 2) {
          lead(ctx, s, cue, firstOrgAt(ctx, s, cue[1]));
        }
      }
    }
    var m = LEAD_AFTER.matcher(ctx.doc.lower);
    for (RelationContext.Occ o : ctx.occs) {
      if (o.ent().type != EntityType.ORG || ctx.inRole(o)) {
        continue;
      }
      int s = ctx.doc.sentenceAt(o.cand().start);
      m.region(o.cand().end, Math.min(ctx.doc.sentence(s).end(), o.cand().end + 60));
      if (m.lookingAt()) {
        lead(ctx, s, new int[] {o.cand().end, m.end()}, o.ent());
      }
    }
  }

  /** The organisation named right at the offset (a few words of description allowed), else null. */
  private static Ent firstOrgAt(RelationContext ctx, int s, int from) {
    List<RelationContext.Occ> after = ctx.after(s, from, ORG, false);
    if (after.isEmpty()) {
      return null;
    }
    String gap = ctx.doc.text.substring(from, after.get(0).cand().start);
    return gap.length() <= 40 && !gap.contains(",") ? after.get(0).ent() : null;
  }

  /** The project runs by the organisation; a coordinator is not also one of its listed partners. */
  private static void lead(RelationContext ctx, int s, int[] cue, Ent org) {
    Ent project = org == null ? null : ConsortiumLists.project(ctx, s, cue[0]);
    if (project != null) {
      ctx.remove("PART_OF", org, project);
      ctx.add("RUN_BY", project, org, null);
    }
  }
}
