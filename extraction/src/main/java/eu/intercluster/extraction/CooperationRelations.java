package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * COOPERATES from a verb of working together and its "with" (guide, 4: "works with", "in partnership with", "a joint
 * study with"): "X collabora dal 2019 con Y", "X will work closely with Y and Z", "X travaille déjà avec Y",
 * "X colabora con el clúster Y". The partners are the organisations listed right after the preposition; the other
 * side is the sentence's subject, the first organisation before the verb that no preposition governs. A relative
 * "Y, con cui X collabora" / "with which X works" turns it round. Not between co-signatories of one agreement nor
 * co-organisers of one event (guide, 4).
 */
final class CooperationRelations {
  /** The verb, at most four words (adverbs, a time: "da oltre dieci anni", "closely", "déjà") and the preposition. */
  private static final Pattern VERB_WITH = Pattern.compile("(?iu)\\b(?:collabor(?:a|ano|ava|avano|erà|eranno|ates?|ated"
      + "|ating|e|ent|era|eront|ait|aient|an|ará|arán|aba|aban)|cooper(?:a|ano|ates?|ated|ating|erà|eranno)"
      + "|coopère|coopèrent|coopérera|works?|worked|working|lavor(?:a|ano|erà|eranno|ava|avano)|travaill(?:e|ent|era"
      + "|eront)|trabaj(?:a|an|ará|arán))(?:\\s+[\\p{L}\\d’'-]+){0,4}?\\s+(?:with|con|avec|insieme a|insieme al"
      + "|insieme alla|together with)(?=\\s)");
  /** A noun of working together and its "with": "in collaborazione con Y", "a partnership with Y". */
  private static final Pattern NOUN_WITH = Pattern.compile("(?iu)\\b(?:collaborazione|collaboration|colaboración"
      + "|cooperazione|cooperation|co-operation|coopération|cooperación|partnership|partenariat|partenariato)\\s+(?:with"
      + "|con|avec)(?=\\s)");
  private static final Pattern RELATIVE = Pattern.compile("(?iu)\\b(?:con cui|con il quale|con la quale|with which"
      + "|with whom|avec (?:laquelle|lequel|qui)|con (?:la|el) que|con quien)(?=\\s)");
  private static final Pattern VERB = Pattern.compile("(?iu)^\\s*(?:[\\p{L}’'-]+\\s+){0,3}?(?:collabor|cooper|coopèr"
      + "|work|lavor|travaill|trabaj)");
  private static final Set<String> GOVERNING = Words.set("di", "del", "della", "dell'", "dei", "degli", "delle", "de",
      "du", "des", "of", "da", "dal", "dalla", "by", "par", "por", "with", "con", "avec", "in", "a", "al", "alla", "at",
      "to", "per", "for", "from", "tra", "between", "entre", "à", "au", "en");
  private static final Set<EntityType> ORG = Words.set(EntityType.ORG);
  /** The first partner must start within this many characters after the preposition. */
  private static final int MAX_GAP = 50;

  private CooperationRelations() {}

  static void extract(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      boolean event = !ctx.inSentence(s, EntityType.EVENT).isEmpty();
      withPartners(ctx, s, ctx.cues(s, VERB_WITH));
      withPartners(ctx, s, event ? List.of() : ctx.cues(s, NOUN_WITH));
      for (int[] cue : ctx.cues(s, RELATIVE)) {
        List<RelationContext.Occ> after = ctx.after(s, cue[1], ORG, false);
        if (after.isEmpty() || after.get(0).cand().start - cue[1] > 6) {
          continue;
        }
        RelationContext.Occ subject = after.get(0);
        String rest = ctx.doc.slice(subject.cand().end, Math.min(ctx.doc.sentence(s).end(), subject.cand().end + 40));
        if (VERB.matcher(rest).find()) {
          add(ctx, subject, ctx.before(s, cue[0], ORG));
        }
      }
    }
  }

  /** The sentence's subject before each cue cooperates with every organisation listed right after it. */
  private static void withPartners(RelationContext ctx, int s, List<int[]> cues) {
    for (int[] cue : cues) {
      RelationContext.Occ subject = subjectBefore(ctx, s, cue[0]);
      for (RelationContext.Occ partner : partnersAfter(ctx, s, cue[1])) {
        add(ctx, subject, partner);
      }
    }
  }

  /** The first organisation of the sentence before the offset that no preposition governs, else the nearest one. */
  private static RelationContext.Occ subjectBefore(RelationContext ctx, int s, int offset) {
    for (RelationContext.Occ o : ctx.inSentence(s, EntityType.ORG)) {
      if (o.cand().end > offset) {
        break;
      }
      int t = ctx.doc.tokenAt(o.cand().start);
      String prev = t > ctx.doc.sentence(s).first() ? Words.f(ctx.doc.tokens.get(t - 1)) : "";
      String prev2 = t - 1 > ctx.doc.sentence(s).first() ? Words.f(ctx.doc.tokens.get(t - 2)) : "";
      boolean governed = GOVERNING.contains(prev) || Words.ARTICLES.contains(prev) && GOVERNING.contains(prev2);
      if (!governed && !ctx.inRole(o)) {
        return o;
      }
    }
    return ctx.before(s, offset, ORG);
  }

  private static List<RelationContext.Occ> partnersAfter(RelationContext ctx, int s, int from) {
    List<RelationContext.Occ> list = ctx.listAfter(s, from, ORG, false);
    if (list.isEmpty() || list.get(0).cand().start - from > MAX_GAP) {
      return List.of();
    }
    return list;
  }

  private static void add(RelationContext ctx, RelationContext.Occ x, RelationContext.Occ y) {
    if (x == null || y == null || x.ent() == y.ent() || together(ctx, x.ent(), y.ent())) {
      return;
    }
    ctx.add("COOPERATES", x.ent(), y.ent(), null);
  }

  /** Co-signatories of one agreement or co-organisers of one event. */
  private static boolean together(RelationContext ctx, Ent x, Ent y) {
    for (Ent e : ctx.ents) {
      boolean signed = e.type == EntityType.AGREEMENT && ctx.has("SIGNED", e, x) && ctx.has("SIGNED", e, y);
      boolean organised = e.type == EntityType.EVENT && ctx.has("ORGANISED", x, e) && ctx.has("ORGANISED", y, e);
      if (signed || organised) {
        return true;
      }
    }
    return false;
  }
}
