package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * LOCATED_IN from a place written right after a name: a partner list "Universidad de Vellano (Spain)", "Politecnico
 * di Sorra, Italia" at the end of a line; a city and its region in brackets "Selb (Baviera)"; a venue and its city
 * "al Campus Sorra, a Milano", "at the Rex Hall, in Turin".
 */
final class AppositionPlaces {
  private static final Set<String> AREAS = Words.set("city", "country", "region", "district");
  private static final Set<String> WIDER = Words.set("country", "region");
  private static final Set<String> SITES = Words.set("venue", "building", "infrastructure", "address");
  private static final Pattern OPEN = Pattern.compile("(?u)^\\s*\\(\\s*$");
  private static final Pattern CLOSE = Pattern.compile("(?u)^\\s*\\)");
  private static final Pattern COMMA = Pattern.compile("(?u)^\\s*,\\s*$");
  private static final Pattern LINE_END = Pattern.compile("(?u)^[ \\t.;]*(?:\\n|$)");
  private static final Pattern COMMA_IN = Pattern.compile("(?iu)^\\s*,\\s*(?:a|in|à|en|at)\\s+$");

  private AppositionPlaces() {}

  static void extract(RelationContext ctx, RelationContext.Occ p) {
    String kind = (String) p.ent().attrs.get("kind");
    if (!AREAS.contains(kind)) {
      return;
    }
    String after = ctx.doc.text.substring(p.cand().end, Math.min(ctx.doc.text.length(), p.cand().end + 3));
    boolean bracketed = CLOSE.matcher(after).find();
    boolean lineEnd = LINE_END.matcher(ctx.doc.text.substring(p.cand().end)).lookingAt();
    for (RelationContext.Occ o : ctx.inSentence(ctx.doc.sentenceAt(p.cand().start))) {
      if (o.cand().end > p.cand().start || p.cand().start - o.cand().end > 4) {
        continue;
      }
      String between = ctx.doc.slice(o.cand().end, p.cand().start);
      boolean apposed = bracketed && OPEN.matcher(between).matches() || lineEnd && COMMA.matcher(between).matches();
      boolean org = o.ent().type == EntityType.ORG;
      boolean city = o.ent().type == EntityType.PLACE && "city".equals(o.ent().attrs.get("kind")) && WIDER.contains(kind)
          && bracketed && OPEN.matcher(between).matches();
      if (apposed && org || city) {
        ctx.add("LOCATED_IN", o.ent(), p.ent(), null);
      }
    }
    siteInCity(ctx, p);
  }

  /** "al Campus Sorra, a Milano": the site just before ", a City" is in that city. */
  private static void siteInCity(RelationContext ctx, RelationContext.Occ p) {
    if (!"city".equals(p.ent().attrs.get("kind"))) {
      return;
    }
    for (RelationContext.Occ o : ctx.inSentence(ctx.doc.sentenceAt(p.cand().start), EntityType.PLACE)) {
      boolean site = SITES.contains((String) o.ent().attrs.get("kind"));
      if (site && o.cand().end <= p.cand().start && p.cand().start - o.cand().end <= 8
          && COMMA_IN.matcher(ctx.doc.slice(o.cand().end, p.cand().start)).matches()) {
        ctx.add("LOCATED_IN", o.ent(), p.ent(), null);
      }
    }
  }
}
