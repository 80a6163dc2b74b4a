package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Ancona, 14 marzo 2026 – È stato firmato oggi a Palazzo Raffaello ...": a venue or building of the lead, located
 * nowhere else, is in the city of the dateline (guide §2: a venue is located in its city once).
 */
final class DatelineVenues {
  private static final Set<String> SITES = Words.set("venue", "building");
  /** The lead: the dateline's sentence and the one after it. */
  private static final int LEAD_SENTENCES = 2;

  /** A fair's hall or pavilion is in the fair's grounds, which need not be in the dateline's city. */
  private static final Pattern HALL = Pattern.compile("(?iu)^(?:halls?|padiglion[ei]|pabell[oó]n|pavillon|stand)\\b");

  private DatelineVenues() {}

  static void extract(RelationContext ctx) {
    Doc.DateMention dateline = null;
    for (Doc.DateMention d : ctx.doc.dates) {
      dateline = dateline == null && d.dateline() ? d : dateline;
    }
    if (dateline == null) {
      return;
    }
    int s = ctx.doc.sentenceAt(dateline.start());
    RelationContext.Occ city = null;
    for (RelationContext.Occ o : ctx.occs) {
      boolean sameLine = o.cand().end <= dateline.start()
          && ctx.doc.text.substring(o.cand().end, dateline.start()).indexOf('\n') < 0;
      if (sameLine && o.ent().type == EntityType.PLACE && "city".equals(o.ent().attrs.get("kind"))) {
        city = o;
      }
    }
    if (city == null) {
      return;
    }
    for (RelationContext.Occ o : ctx.occs) {
      int os = ctx.doc.sentenceAt(o.cand().start);
      if (o.cand().start <= dateline.end() || os >= s + LEAD_SENTENCES) {
        continue;
      }
      if (o.ent().type == EntityType.PLACE && !SITES.contains((String) o.ent().attrs.get("kind"))) {
        return;
      }
      if (o.ent().type == EntityType.PLACE && !ctx.hasFirst("LOCATED_IN", o.ent()) && !HALL.matcher(o.ent().text).find()) {
        ctx.add("LOCATED_IN", o.ent(), city.ent(), null);
      }
    }
  }
}
