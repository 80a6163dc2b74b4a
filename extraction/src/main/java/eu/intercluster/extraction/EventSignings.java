package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * Persons named "in the presence of" at a signing are PRESENT_AT the agreement, not participants of an event (README:
 * PRESENT_AT; over the annotated sets, 61 of 66 such persons were PRESENT_AT and 2 PARTICIPATED): when the sentence
 * names no agreement ("Le texte a été paraphé par X, en présence de Y"), {@code EventRelations} takes the text's main
 * agreement, and gives no PARTICIPATED.
 */
final class EventSignings {
  private static final Pattern PRESENCE = Pattern.compile("(?iu)^(?:en présence d|in the presence of|alla presenza d"
      + "|en presencia d)");
  private static final Pattern SIGNING = Pattern.compile("(?iu)\\b(?:signed|signing|sign[ée]s?|sign[ée]e|paraph[ée]"
      + "|firmat[oaie]|firmad[oa]s?|firmó|firmaron|firma|sottoscritt[oaie]|suscrit[oa]s?|suscribieron|rubricad[oa]"
      + "|rubricaron)\\b");

  private EventSignings() {}

  /** Whether the cue is "in the presence of" and its sentence says, before it, that something was signed. */
  static boolean presenceAtSigning(RelationContext ctx, int s, int[] cue) {
    String head = ctx.doc.text.substring(ctx.doc.sentence(s).start(), cue[0]);
    return PRESENCE.matcher(ctx.doc.text.substring(cue[0], cue[1])).find() && SIGNING.matcher(head).find();
  }
}
