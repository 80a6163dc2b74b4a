package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two more ways a text lists the participants of an event (guide, 5):
 * <ul>
 *   <li>"un seminario ..., con la partecipazione di X e di Y", "with the participation of X": the bodies and persons
 *   listed took part in the event of the sentence (only where the sentence names an event, and not at a signing,
 *   where they are INVOLVES of the agreement);</li>
 *   <li>"Tra queste, X e Y ...", "Among them are X, Y and Z", "Parmi elles figuraient X", "Participants include X":
 *   a list that names members of a group of the sentence before took part in that sentence's event (else in the main
 *   event, where the sentence before speaks of participants).</li>
 * </ul>
 */
final class ParticipationCues {
  private static final Set<EntityType> ACTORS = Words.set(EntityType.ORG, EntityType.PERSON);
  private static final Pattern PARTICIPATION = Pattern.compile("(?iu)\\b(con la partecipazione d|with the participation"
      + " of|avec la participation d|con la participación d|con la participacion d|with participation from)");
  private static final Pattern ANAPHORIC_LIST = Pattern.compile("(?iu)^[\\s\\-–•*]*(?:(?:tra|fra) (?:questi|queste|loro)"
      + "|among (?:them|these|those)|entre (?:ellos|ellas|estos|estas)|parmi (?:eux|elles|ceux-ci|celles-ci)"
      + "|(?:the )?(?:participants|exhibitors|attendees)(?: [\\p{L}-]+){0,3}? (?:include|included|includes|were|are))\\b");
  /** The sentence before speaks of participants: the list is of them, and they took part in the main event. */
  private static final Pattern PARTICIPANTS = Pattern.compile("(?iu)(partecip|particip|espositor|exhibit|exposant"
      + "|expositor|delegazion|delegation|délégation|delegación|attend|present[ia]\\b|présent)");

  private static final String COLLECTIVE_WORDS = "pavilion|padiglione|pavillon|pabellón|collettiv|collectiv|colectiv"
      + "|\\bstand\\b|joint booth";
  private static final Pattern COLLECTIVE = Pattern.compile("(?iu)(" + COLLECTIVE_WORDS + ")");

  /** Events that are a group of participants: a pavilion or collective, a delegation, a mission. */
  private static final Pattern GROUP = Pattern.compile("(?iu)(" + COLLECTIVE_WORDS
      + "|delegat|delegaz|délégat|delegac|mission|missione|misión)");

  private ParticipationCues() {}

  static void extract(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      withParticipation(ctx, s);
      anaphoricList(ctx, s);
    }
  }

  private static void withParticipation(RelationContext ctx, int s) {
    if (ctx.inSentence(s, EntityType.EVENT).isEmpty()) {
      return;
    }
    for (int[] cue : ctx.cues(s, PARTICIPATION)) {
      if (AgreementRelations.agreementContext(ctx, s, cue[0]) != null) {
        continue;
      }
      Ent event = ctx.eventNear(s, cue[0]);
      for (RelationContext.Occ o : ctx.listAfter(s, cue[1], ACTORS, false)) {
        ctx.add("PARTICIPATED", o.ent(), event, null);
      }
    }
  }

  private static void anaphoricList(RelationContext ctx, int s) {
    Sentence sentence = ctx.doc.sentence(s);
    Matcher m = ANAPHORIC_LIST.matcher(ctx.doc.text.substring(sentence.start(), sentence.end()));
    if (s == 0 || !m.find()) {
      return;
    }
    Sentence before = ctx.doc.sentence(s - 1);
    String cue = m.group();
    if (!PARTICIPANTS.matcher(cue).find()
        && !PARTICIPANTS.matcher(ctx.doc.text.substring(before.start(), before.end())).find()) {
      return;
    }
    Ent previous = previousEvent(ctx, s - 1);
    Ent event = previous != null && GROUP.matcher(previous.text).find() ? previous : collectivePresence(ctx);
    if (event == null) {
      event = previous != null ? previous : ctx.mainEvent;
    }
    if (event != null) {
      ParticipantLists.addListed(ctx, s, sentence.start() + m.end(), event);
    }
  }

  /**
   * A region's or country's pavilion, stand or collective at a fair: the companies a text lists take part in it rather
   * than in the fair (annotated texts that name one: 71 of their 110 PARTICIPATED of an organisation go to it).
   */
  private static Ent collectivePresence(RelationContext ctx) {
    for (Ent e : ctx.ents) {
      if (e.type == EntityType.EVENT && COLLECTIVE.matcher(e.text).find()) {
        return e;
      }
    }
    return null;
  }

  /** The last event the sentence names. */
  private static Ent previousEvent(RelationContext ctx, int s) {
    List<RelationContext.Occ> events = ctx.inSentence(s, EntityType.EVENT);
    return events.isEmpty() ? null : events.get(events.size() - 1).ent();
  }
}
