package eu.intercluster.extraction;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** MEETS (mission visits, meeting verbs) and PART_OF for events framed within another event. */
final class MeetingRelations {
  private static final Set<EntityType> ACTORS = Words.set(EntityType.ORG, EntityType.PERSON);
  private static final Pattern FRAMED = Pattern.compile("(?iu)(in occasione d\\S*|on the occasion of|during|durante"
      + "|nell['’]ambito d\\S*|as part of|en marge d\\S*|on the sidelines of|a margine d\\S*|al margen de\\S*"
      + "|lors d\\S*|within)\\s+(?:the |la |il |le |el |l['’]|lo )?(?:\\p{L}+ )?$");
  private static final Pattern MEET = Pattern.compile("(?iu)(incontr|visitat|visited|visiting|tapp[ae]|met with|met |"
      + "meeting with|meetings with|reuni|rencontr|visité|visitó|ricevut|recibid|received by|welcomed by|accueilli"
      + "|bilateral|bilatéra)");
  private static final Pattern AMONG = Pattern.compile("(?iu)^\\W*(tra questi|tra queste|tra cui|among them|among these"
      + "|including|entre ellos|entre ellas|parmi eux|parmi elles)");
  private static final Pattern MEET_VERB = Pattern.compile("(?iu)\\b(ha incontrato|hanno incontrato|incontrerà|met with"
      + "|has met|met|will meet|a rencontré|ont rencontré|rencontrera|se reunió con|se reunieron con|se reunirá con"
      + "|held talks with|ha avuto un incontro con)\\b");

  private MeetingRelations() {}

  /** "Il direttore ..., Marco Ferretti, ha incontrato il ministro ..., Youssef Alami": a bilateral meeting. */
  static void meetVerbs(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      for (int[] cue : ctx.cues(s, MEET_VERB)) {
        RelationContext.Occ subject = ctx.before(s, cue[0], ACTORS);
        List<RelationContext.Occ> objects = ctx.after(s, cue[1], Words.set(EntityType.PERSON), false);
        if (objects.isEmpty()) {
          objects = ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false);
        }
        if (subject != null && !objects.isEmpty()) {
          ctx.add("MEETS", subject.ent(), objects.get(0).ent(), null);
        }
      }
    }
  }

  /** "il prossimo incontro ... in occasione della fiera X": an event framed within another. */
  static void framed(RelationContext ctx) {
    for (RelationContext.Occ ev : ctx.occs) {
      if (ev.ent().type != EntityType.EVENT) {
        continue;
      }
      int s = ctx.doc.sentenceAt(ev.cand().start);
      String before = ctx.doc.slice(Math.max(ctx.doc.sentence(s).start(), ev.cand().start - 45), ev.cand().start);
      if (!FRAMED.matcher(before).find()) {
        continue;
      }
      RelationContext.Occ inner = ctx.before(s, ev.cand().start, Words.set(EntityType.EVENT));
      if (inner != null && inner.ent() != ev.ent()) {
        ctx.add("PART_OF", inner.ent(), ev.ent(), null);
      }
    }
  }

  /**
   * Two organisers of one event do not meet each other (guide, 4 and 6: MEETS is between a visitor and the visited):
   * of the MEETS pairs the rules gave two organisers of one event, 1 of 24 was annotated.
   */
  static void withoutCoOrganisers(RelationContext ctx) {
    Map<String, Set<String>> organised = new HashMap<>();
    List<Relation> all = ctx.relations();
    for (Relation r : all) {
      if (r.type().equals("ORGANISED")) {
        organised.computeIfAbsent(r.arg0(), k -> new HashSet<>()).add(r.arg1());
      }
    }
    for (Relation r : all) {
      if (r.type().equals("MEETS") && !Collections.disjoint(organised.getOrDefault(r.arg0(), Set.of()),
          organised.getOrDefault(r.arg1(), Set.of()))) {
        ctx.remove("MEETS", ctx.ent(r.arg0()), ctx.ent(r.arg1()));
      }
    }
  }

  /** Bodies met or visited during a mission are MEETS of its organiser. */
  static void meets(RelationContext ctx) {
    Ent mission = ctx.mainEvent;
    if (mission == null || !Words.set("mission", "delegation").contains(mission.attrs.get("kind"))) {
      return;
    }
    Ent organiser = null;
    for (Relation r : ctx.relations()) {
      if (r.type().equals("ORGANISED") && r.arg1().equals(mission.id)) {
        Ent o = ctx.ents.stream().filter(e -> e.id.equals(r.arg0())).findFirst().orElse(null);
        if (o != null && (organiser == null || o.first() < organiser.first())) {
          organiser = o;
        }
      }
    }
    if (organiser == null) {
      return;
    }
    boolean previousCue = false;
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      Sentence sen = ctx.doc.sentence(s);
      String text = ctx.doc.slice(sen.start(), sen.end());
      boolean cue = MEET.matcher(text).find();
      boolean continuation = previousCue && AMONG.matcher(text).find();
      if (cue || continuation) {
        for (RelationContext.Occ o : ctx.inSentence(s, EntityType.ORG)) {
          if (!ctx.inRole(o) && o.ent() != organiser && !"government".equals(o.ent().attrs.get("kind"))
              || !ctx.inRole(o) && o.ent() != organiser && o.ent().canon.startsWith("T:")) {
            ctx.add("MEETS", organiser, o.ent(), null);
          }
        }
      }
      previousCue = cue;
    }
  }
}
