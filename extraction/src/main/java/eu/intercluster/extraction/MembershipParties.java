package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The members and bodies of a stated membership (guide §3, member → network), called by {@code MembershipRelations}:
 * coordinated members before the cue ("X and Y have joined"), coordinated bodies after it ("a member of X and of the
 * Y network"), and the organisation the previous sentence names first when the membership sentence has no subject of
 * its own ("It is a member of X", "Es miembro de X", "Elle fait partie du réseau X").
 */
final class MembershipParties {
  private static final int MAX_TOKENS_TO_BODY = 3;
  /** "X (Bretagne) et Y", "X, Y and Z": what may stand between two coordinated members. */
  private static final Pattern MEMBERS_JOINED = Pattern.compile("(?iu)^\\s*(?:,\\s*)?(?:(?:e|ed|and|et|y)\\s+)?"
      + "(?:(?:the|il|lo|la|le|el|l['’])\\s*)?$");
  /**
   * "… and of the European Y network", "… e della rete Y", "… y del clúster Y", "… et de l'alliance Y"; after the
   * first body's head noun, "the Brainport Industries cluster and of", and with a national adjective before the
   * second body's descriptor, "and of the Dutch robotics association RoboValley".
   */
  private static final Pattern BODIES_JOINED = Pattern.compile("(?u)^(?:\\s+[\\p{Ll}-]+){0,2}"
      + "\\s*,?\\s*(?:e|ed|and|et|y)\\s+"
      + "(?:of|of the|di|del|della|dello|dell['’]|dei|degli|delle|de|de la|de l['’]|du|des|de los|de las)\\s*"
      + "(?:(?:the|la|el|le|l['’])\\s*)?"
      + "(?:\\p{Lu}[\\p{Ll}-]+\\s+(?=[\\p{Ll}]))?(?:[\\p{Ll}-]+\\s+){0,5}$");
  private static final java.util.Set<EntityType> NOT_MEMBERS = java.util.EnumSet.of(EntityType.EVENT,
      EntityType.PROGRAMME, EntityType.AGREEMENT);
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  /**
   * The cue has no subject in its sentence: it is a verb ("has joined", "aderisce al", "fait partie du") or follows
   * a copula ("It is a founding member of", "Es miembro de", "ed è membro della").
   */
  private static final Pattern COPULA_BEFORE = Pattern.compile("(?iu)\\b(?:is|are|è|es|est|sont|son|has become"
      + "|have become|è diventat[oa]|se ha convertido en|est devenue?)\\s+(?:(?:also|anche|inoltre|también|además"
      + "|aussi|également|already|già|ya|déjà|now|ora|a|an|un|una|une|uno|one of the|uno dei|una delle|l['’]un des"
      + "|uno de los|founding|full|active)\\s+)*$");

  /** A sentence about a programme, project, call or event ("The programme is also a member of") names no member. */
  private static final Pattern OTHER_SUBJECT = Pattern.compile("(?iu)\\b(?:programm[ea]s?|programa|program|progett[oi]"
      + "|projects?|projet|proyecto|bando|call|appel|convocatoria|iniziativa|initiative|iniciativa|event[oi]?|événement"
      + "|evento|mission[e]?|misión|fair|fiera|salon|feria)\\b");

  private MembershipParties() {}

  /** The first organisation or programme right after the cue, and the ones coordinated with it. */
  static List<RelationContext.Occ> bodies(RelationContext ctx, int s, int cueEnd) {
    List<RelationContext.Occ> after = ctx.after(s, cueEnd, Words.set(EntityType.ORG, EntityType.PROGRAMME), false);
    List<RelationContext.Occ> out = new ArrayList<>();
    if (after.isEmpty()
        || ctx.doc.tokenAt(after.get(0).cand().start) - ctx.doc.tokenFrom(cueEnd) > MAX_TOKENS_TO_BODY) {
      return out;
    }
    out.add(after.get(0));
    for (int i = 1; i < after.size(); i++) {
      RelationContext.Occ prev = after.get(i - 1);
      RelationContext.Occ next = after.get(i);
      if (next.cand().start < prev.cand().end || !BODIES_JOINED.matcher(ctx.between(prev.cand().end,
          next.cand().start)).find()) {
        break;
      }
      out.add(next);
    }
    return out;
  }

  /**
   * The nearest organisation before the cue and the ones coordinated with it, when nothing but brackets, commas and
   * "and" stands between them; none when an event, programme or agreement stands between it and the cue ("X's
   * mission is part of Y").
   */
  static List<Ent> members(RelationContext ctx, int s, int[] cue) {
    List<Ent> out = new ArrayList<>();
    RelationContext.Occ nearest = ctx.before(s, cue[0], Words.set(EntityType.ORG));
    if (nearest == null || ctx.inSentence(s).stream().anyMatch(o -> o.cand().start >= nearest.cand().end
        && o.cand().end <= cue[0] && NOT_MEMBERS.contains(o.ent().type))) {
      return out;
    }
    out.add(nearest.ent());
    if (!PARENTHESES.matcher(ctx.between(nearest.cand().end, cue[0])).replaceAll("").contains(",")) {
      coordinatedBefore(ctx, s, nearest, out);
    }
    return out;
  }

  /**
   * When the sentence names no organisation, person, event, programme or agreement before the cue and the cue has no
   * subject of its own ("It is a member of", "Es miembro de", "Elle fait partie du"), the first organisation of the
   * previous sentence.
   */
  static Ent previousSubject(RelationContext ctx, int s, int[] cue, boolean verbCue) {
    Sentence sen = ctx.doc.sentence(s);
    String head = ctx.doc.text.substring(sen.start(), cue[0]);
    if (s == 0 || ctx.before(s, cue[0], Words.set(EntityType.PERSON, EntityType.ORG, EntityType.EVENT,
        EntityType.PROGRAMME, EntityType.AGREEMENT)) != null || OTHER_SUBJECT.matcher(head).find()
        || !verbCue && !COPULA_BEFORE.matcher(head).find()) {
      return null;
    }
    List<RelationContext.Occ> orgs = ctx.inSentence(s - 1, EntityType.ORG);
    return orgs.isEmpty() ? null : orgs.get(0).ent();
  }

  private static void coordinatedBefore(RelationContext ctx, int s, RelationContext.Occ nearest, List<Ent> out) {
    List<RelationContext.Occ> orgs = new ArrayList<>(ctx.inSentence(s).stream()
        .filter(o -> o.cand().end <= nearest.cand().start && o.ent().type == EntityType.ORG).toList());
    RelationContext.Occ right = nearest;
    for (int i = orgs.size() - 1; i >= 0; i--) {
      RelationContext.Occ left = orgs.get(i);
      String between = PARENTHESES.matcher(ctx.between(left.cand().end, right.cand().start)).replaceAll("")
          .replaceAll("[()]", "");
      if (left.cand().end > right.cand().start || ctx.inRole(left)
          || !MEMBERS_JOINED.matcher(between).find()) {
        return;
      }
      if (!out.contains(left.ent())) {
        out.add(left.ent());
      }
      right = left;
    }
  }
}
