package eu.intercluster.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LOCATED_IN from a stated seat: "X, con sede a City", "based in City", "the City-based X", "X, a City-based company",
 * "the Stockholm firm X", "X, a Nairobi dairy processor", "X, de Loudéac", "Fondazione X (FBK) in Trento"; and a
 * city's country: "Split, Croatia".
 */
final class BasedInRelations {
  private BasedInRelations() {}

  private static final Pattern BASED_IN = Pattern.compile("(?iu)(?:,|\\()?\\s*(?:con sede (?:a|ad|in|en)|based in"
      + "|headquartered in|basée? à|établie? à|implantée? à|con sede central en|with (?:its )?headquarters in)\\s+$");

  /** "Polymertec GmbH, con sede a Stoccarda", "ERRIN, based in Brussels": the organisation just before the cue. */
  static void basedIn(RelationContext ctx, RelationContext.Occ p, String before) {
    Matcher m = BASED_IN.matcher(before);
    if (!m.find()) {
      return;
    }
    int cueStart = p.cand().start - before.length() + m.start();
    RelationContext.Occ org = null;
    for (RelationContext.Occ o : ctx.occs) {
      boolean adjacent = o.cand().end <= cueStart && cueStart - o.cand().end <= 2;
      boolean described = o.cand().end <= cueStart && cueStart - o.cand().end <= 60
          && DESCRIBED.matcher(ctx.doc.text.substring(o.cand().end, cueStart)).matches();
      if (o.ent().type == EntityType.ORG && (adjacent || described)) {
        org = o;
      }
    }
    if (org != null) {
      ctx.add("LOCATED_IN", org.ent(), p.ent(), null);
    }
  }

  /** "GCE Blue Maritime, il cluster norvegese con sede ad Ålesund", "X is a non-profit association based in Y". */
  private static final Pattern DESCRIBED = Pattern.compile("(?u)^(?:\\s*,|\\s+(?:è|is|est|es))"
      + "(?:\\s+[\\p{L}'’-]+){1,6}\\s*$");

  /**
   * "l’Université X, à Benguérir, pour", "the centre AIMPLAS, in Valencia;": a city set off by commas right after an
   * organisation, closing the phrase, places it.
   */
  static void commaInCity(RelationContext ctx, RelationContext.Occ p) {
    if (!"city".equals(p.ent().attrs.get("kind"))) {
      return;
    }
    String text = ctx.doc.text;
    String after = text.substring(p.cand().end, Math.min(text.length(), p.cand().end + 2));
    if (!CLOSES.matcher(after).lookingAt()) {
      return;
    }
    for (RelationContext.Occ o : ctx.inSentence(ctx.doc.sentenceAt(p.cand().start), EntityType.ORG)) {
      if (o.cand().end <= p.cand().start && p.cand().start - o.cand().end <= 6
          && COMMA_IN.matcher(text.substring(o.cand().end, p.cand().start)).matches()) {
        ctx.add("LOCATED_IN", o.ent(), p.ent(), null);
      }
    }
  }

  private static final Pattern COMMA_IN = Pattern.compile("(?iu)^\\s*,\\s*(?:a|ad|in|à|en)\\s+$");
  private static final Pattern CLOSES = Pattern.compile("(?u)\\s*(?:[,;)]|\\.|\\n|$)");

  private static final Pattern CITY_BASED = Pattern.compile("(?u)^-(?:based|headquartered)\\b");
  private static final Pattern UP_TO_NAME = Pattern.compile("(?u)^[\\s\\p{Ll}-]{0,40}$");
  private static final Pattern APPOSITION = Pattern.compile("(?u),\\s*(?:an?|the)?\\s*$");

  /** "the Aberdeen-based Net Zero Centre", "Solvira Oy, a Turku-based company": the organisation is in the city. */
  static void cityBased(RelationContext ctx, RelationContext.Occ p) {
    String text = ctx.doc.text;
    Matcher m = CITY_BASED.matcher(text.substring(p.cand().end, Math.min(text.length(), p.cand().end + 20)));
    if (!m.find()) {
      return;
    }
    int cueEnd = p.cand().end + m.end();
    int s = ctx.doc.sentenceAt(p.cand().start);
    RelationContext.Occ org = null;
    for (RelationContext.Occ o : ctx.inSentence(s, EntityType.ORG)) {
      boolean after = o.cand().start >= cueEnd && UP_TO_NAME.matcher(text.substring(cueEnd, o.cand().start)).matches();
      boolean before = o.cand().end <= p.cand().start
          && APPOSITION.matcher(text.substring(o.cand().end, p.cand().start)).matches();
      if (org == null && after || before) {
        org = o;
      }
    }
    if (org != null) {
      ctx.add("LOCATED_IN", org.ent(), p.ent(), null);
    }
  }

  private static final Pattern DESCRIPTOR = Pattern.compile("(?iu)^\\s+(?:[\\p{Ll}-]+\\s+)?(?:start-?ups?|scale-?ups?"
      + "|spin-?offs?|firm|company|studio|cooperative|co-operative|manufacturer|developer|processor|producer|maker"
      + "|software house|supplier|operator|group|lab|laboratory|incubator|competence centre|research centre"
      + "|research center|institute|university|cluster|association|network|agency)\\b");
  private static final Pattern DESCRIPTOR_APPOSITION = Pattern.compile("(?u)^,\\s*(?:an?|the)\\s+$");
  private static final Pattern FROM_CITY = Pattern.compile("(?u)^(?:,\\s*(?:de|di|da|of|from)"
      + "|\\s*\\([^()]{1,12}\\)\\s*(?:in|di|de|of|à|a))\\s+$");

  /** "the Stockholm firm Nordvik AB", "X, a Nairobi dairy processor", "X, de Loudéac", "X (ACR) in Trento". */
  static void cityOfOrganisation(RelationContext ctx, RelationContext.Occ p) {
    if (!"city".equals(p.ent().attrs.get("kind"))) {
      return;
    }
    String text = ctx.doc.text;
    int s = ctx.doc.sentenceAt(p.cand().start);
    boolean described = DESCRIPTOR.matcher(text.substring(p.cand().end, Math.min(text.length(), p.cand().end + 40)))
        .find();
    for (RelationContext.Occ o : ctx.inSentence(s, EntityType.ORG)) {
      boolean namedAfter = described && o.cand().start > p.cand().end
          && UP_TO_NAME.matcher(text.substring(p.cand().end, o.cand().start)).matches();
      String before = o.cand().end <= p.cand().start ? text.substring(o.cand().end, p.cand().start) : null;
      boolean apposition = before != null && (described && DESCRIPTOR_APPOSITION.matcher(before).matches()
          || FROM_CITY.matcher(before).matches());
      if (namedAfter || apposition) {
        ctx.add("LOCATED_IN", o.ent(), p.ent(), null);
        return;
      }
    }
  }

  private static final Pattern COMMA = Pattern.compile("(?u)^,\\s*$");

  /** "Split, Croatia", "Ho Chi Minh City, Vietnam": a city directly followed by its country or region. */
  static void cityCommaCountry(RelationContext ctx, RelationContext.Occ p) {
    if (!"city".equals(p.ent().attrs.get("kind"))) {
      return;
    }
    String text = ctx.doc.text;
    for (RelationContext.Occ o : ctx.inSentence(ctx.doc.sentenceAt(p.cand().start), EntityType.PLACE)) {
      boolean wider = "country".equals(o.ent().attrs.get("kind")) || "region".equals(o.ent().attrs.get("kind"));
      if (wider && o.cand().start > p.cand().end && COMMA.matcher(text.substring(p.cand().end, o.cand().start)).matches()) {
        ctx.add("LOCATED_IN", p.ent(), o.ent(), null);
      }
    }
  }
}
