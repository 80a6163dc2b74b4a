package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PART_OF for the named members of a body that groups others (guide §3, member → network): "Il CTN BIG conta 124 soci,
 * tra cui Fincantieri S.p.A. e il CNR", "the Querétaro Aerospace Cluster, which groups more than 80 companies including
 * Safran and Bombardier", "MLC ITS Euskadi agrupa a más de 100 socios, entre ellos CAF Signalling y Tecnalia", "le
 * CHSIB réunit 58 membres, dont :" followed by a bulleted list. The body is the nearest organisation or programme
 * before the grouping cue that is not an agent ("riconosciuta dal Ministero"), none when an event stands nearer.
 */
final class GroupedMembers {
  /** A grouping verb or a members noun, then within the clause an "including" word. */
  private static final Pattern GROUPS = Pattern.compile("(?iu)\\b(?:riunisce|riuniscono|raggruppa|aggrega|conta|annovera"
      + "|reúne|agrupa|aglutina|cuenta con|réunit|regroupe|rassemble|fédère|compte|groups|brings together|unites|counts"
      + "|comprises|soci|associati|members|socios|asociados|membres|adhérents|a la que pertenecen|al que pertenecen)\\b"
      + "[^.;:!?()]{0,90}?\\b(?:tra cui|tra i quali|tra le quali|including|among them|such as|entre ellos|entre ellas"
      + "|entre otros|entre otras|entre los que|entre las que|dont|parmi lesquels|parmi lesquelles|parmi eux|come|como"
      + "|notamment)\\b\\s*:?");
  /** An organisation right after these is the agent of a participle, not the grouping body. */
  private static final Pattern AGENT = Pattern.compile("(?iu)\\b(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle|by|by the"
      + "|par|par la|par le|par l['’]|par les|por|por el|por la|por los|from|from the)\\s*$");
  /** What may stand between two listed members: commas, "and", articles and a few lower-case words. */
  private static final Pattern LISTED = Pattern.compile("(?u)^[\\s,]*(?:(?:e|ed|and|et|y|as well as|oltre a)\\s+)?"
      + "(?:[\\p{Ll}'’-]+\\s+){0,4}$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-–•*·]\\s*");
  /** The entity types a list of members is read through (places stand beside members, "Safran (France)"). */
  private static final java.util.Set<EntityType> LIST_TYPES = Words.set(EntityType.ORG, EntityType.PERSON,
      EntityType.PLACE, EntityType.EVENT, EntityType.PROGRAMME);
  /** Words that end a list of members: a relative pronoun, a verb, a preposition of purpose or company. */
  private static final java.util.Set<String> CLAUSE_WORDS = Words.set("che", "which", "who", "that", "qui", "que",
      "ha", "hanno", "has", "have", "is", "are", "è", "sono", "was", "were", "est", "sont", "ont", "a", "es", "son",
      "han", "fue", "per", "for", "pour", "para", "with", "con", "avec");

  private GroupedMembers() {}

  static void extract(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      for (int[] cue : ctx.cues(s, GROUPS)) {
        Ent body = body(ctx, s, cue[0]);
        if (body == null) {
          continue;
        }
        List<Ent> members = listed(ctx, s, cue[1]);
        if (members.isEmpty() && ctx.doc.slice(cue[1], ctx.doc.sentence(s).end()).isBlank()) {
          members = bulleted(ctx, s + 1);
        }
        for (Ent m : members) {
          if (m != body) {
            ctx.add("PART_OF", m, body, null);
          }
        }
      }
    }
  }

  private static Ent body(RelationContext ctx, int s, int cueStart) {
    Ent best = null;
    for (RelationContext.Occ o : ctx.inSentence(s)) {
      if (o.cand().end > cueStart || ctx.inRole(o)) {
        continue;
      }
      EntityType t = o.ent().type;
      if (t == EntityType.EVENT) {
        best = null;
      } else if ((t == EntityType.ORG || t == EntityType.PROGRAMME) && !AGENT.matcher(
          ctx.doc.lower.substring(Math.max(ctx.doc.sentence(s).start(), o.cand().start - 12), o.cand().start)).find()) {
        best = o.ent();
      }
    }
    return best;
  }

  /** The organisations listed right after the cue, up to the first clause word or punctuation that ends the list. */
  private static List<Ent> listed(RelationContext ctx, int s, int from) {
    List<Ent> out = new ArrayList<>();
    int last = from;
    for (RelationContext.Occ o : ctx.after(s, from, LIST_TYPES, true)) {
      if (o.cand().start < last) {
        continue;
      }
      String gap = ctx.doc.text.substring(last, o.cand().start);
      if (!LISTED.matcher(gap).find() || gap.length() > 60 || stops(gap)) {
        break;
      }
      if (o.ent().type == EntityType.ORG && !ctx.inRole(o)) {
        out.add(o.ent());
      } else if (o.ent().type != EntityType.PLACE) {
        break;
      }
      last = o.cand().end;
    }
    return out;
  }

  private static boolean stops(String gap) {
    for (String w : gap.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
      if (CLAUSE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "... entre ellos:" then lines "- Constructora Llevant S.A.": the organisation opening each bulleted line. */
  private static List<Ent> bulleted(RelationContext ctx, int first) {
    List<Ent> out = new ArrayList<>();
    for (int s = first; s < ctx.doc.sentences.size(); s++) {
      Sentence sen = ctx.doc.sentence(s);
      String text = ctx.doc.slice(sen.start(), sen.end());
      var m = BULLET.matcher(text);
      if (!m.find()) {
        break;
      }
      List<RelationContext.Occ> in = ctx.inSentence(s);
      if (!in.isEmpty() && in.get(0).ent().type == EntityType.ORG
          && in.get(0).cand().start - sen.start() <= m.end() + 4) {
        out.add(in.get(0).ent());
      }
    }
    return out;
  }
}
