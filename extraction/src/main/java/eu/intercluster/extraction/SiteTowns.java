package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A town written right after a named site: "at the Rex Hall in Turin", "al Campus Sorra a Milano", "in Via Lunga,
 * Rovena". The event of the sentence is located at the site, and the site in the town; the event is not also
 * linked to the town (guide, 2: 160 of 190 corpus cases). {@link #settle}: an event located at a named site is not
 * also located in a country or region.
 */
final class SiteTowns {
  private static final Set<String> SITES = Words.set("venue", "building", "infrastructure", "address");
  private static final Pattern BETWEEN = Pattern.compile("(?iu)^\\s*,?\\s*(?:(?:a|ad|in|à|en|at)\\s+)?$");
  private static final int MAX_GAP = 8;

  private SiteTowns() {}

  /** The named site written just before the town p, or null when p is no town or follows no site. */
  static Ent siteBefore(RelationContext ctx, RelationContext.Occ p) {
    if (!"city".equals(p.ent().attrs.get("kind"))) {
      return null;
    }
    for (RelationContext.Occ o : ctx.inSentence(ctx.doc.sentenceAt(p.cand().start), EntityType.PLACE)) {
      boolean site = SITES.contains(String.valueOf(o.ent().attrs.get("kind")));
      if (site && o.ent() != p.ent() && o.cand().end <= p.cand().start && p.cand().start - o.cand().end <= MAX_GAP
          && BETWEEN.matcher(ctx.doc.slice(o.cand().end, p.cand().start)).matches()) {
        return o.ent();
      }
    }
    return null;
  }

  private static final Set<String> WIDER = Words.set("country", "region", "continent");

  /**
   * After the rules ({@link EventVenueCities} settles the towns): an event at a site is not also located in a
   * country, region or continent its sentences name.
   */
  static void settle(RelationContext ctx) {
    List<Relation> all = ctx.relations();
    for (Relation r : all) {
      Ent event = ctx.ent(r.arg0());
      Ent site = ctx.ent(r.arg1());
      if (!r.type().equals("LOCATED_IN") || event == null || event.type != EntityType.EVENT || site == null
          || !SITES.contains(String.valueOf(site.attrs.get("kind")))) {
        continue;
      }
      for (Relation q : all) {
        Ent area = ctx.ent(q.arg1());
        if (q.type().equals("LOCATED_IN") && q.arg0().equals(event.id) && area != null
            && WIDER.contains(String.valueOf(area.attrs.get("kind")))) {
          ctx.remove("LOCATED_IN", event, area);
        }
      }
    }
  }
}
