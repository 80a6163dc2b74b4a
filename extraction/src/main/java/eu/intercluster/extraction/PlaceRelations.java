package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** LOCATED_IN for events, organisations and infrastructure, and PART_OF for infrastructure of a project. */
final class PlaceRelations {
  private static final Pattern LOCATIVE = Pattern.compile("(?iu)\\b(in|at|a|to|presso|al|alla|allo|ai|nel|nella|nei"
      + "|negli|nelle|à|au|aux|en|dans|held in|tenutosi a|tenuto a)\\s+(?:the\\s+|la\\s+|il\\s+|l['’]\\s*)?$");
  private static final Pattern SEAT = Pattern.compile("(?iu)\\b(?:sede(?: centrale| principale| legale| operativa)?"
      + "|headquarters|head office|offices|siège|sede central)\\s+(?:di|of|in|a|de|à)\\s+$");
  private static final Pattern ROOMS = Pattern.compile("(?iu)\\b(?:alle?|nelle?|negli|at the|in the|presso le?)\\s+"
      + "(?:sale|sala|sede|spazi|locali|premises|halls?|rooms?|offices|uffici|padiglion[ei])\\s+"
      + "(?:del|della|dell['’]|dei|di|of the|of)\\s*$");
  private static final Pattern MANAGED_BY = Pattern.compile("(?iu)(gestit[oaie] da|managed by|operated by|run by"
      + "|géré(?:e|es|s)? par|gestionad[oa]s? por)");
  /**
   * Places that are areas, not sites: "the halls of the Tecnopolo, managed by X" locate X at the site, but a town
   * or region before "managed by" is no seat of the manager (0 of 17 such links right over the annotated sets).
   */
  private static final Set<String> AREAS = Words.set("city", "region", "country", "continent", "sea", "district");
  private static final Pattern FROM_PLACE = Pattern.compile("(?iu)^\\W*(?:dalla città di|dalla regione|da|dal|dalla"
      + "|from the city of|from|desde|de la ville de|depuis)\\s+$");
  private static final Pattern PROJECT_WORD = Pattern.compile("(?iu)\\b(progetto|project|projet|proyecto)\\b");
  private static final Set<String> OF = Words.set("di", "of", "de", "du", "in", "del");

  private PlaceRelations() {}

  static void extract(RelationContext ctx) {
    Doc doc = ctx.doc;
    List<Cand> located = new java.util.ArrayList<>();
    for (RelationContext.Occ p : ctx.occs) {
      if (p.ent().type != EntityType.PLACE) {
        continue;
      }
      int s = doc.sentenceAt(p.cand().start);
      String before = doc.slice(Math.max(doc.sentence(s).start(), p.cand().start - 40), p.cand().start);
      cityAfterName(ctx, p);
      if (ctx.inRole(p)) {
        continue;
      }
      boolean locative = locative(doc, before) || SEAT.matcher(before).find() || ROOMS.matcher(before).find();
      boolean own = OrganisationTowns.placesOrganisation(ctx, p, before);
      if ((locative || coordinatedWithLocated(located, p, before)) && !own) {
        located.add(p.cand());
        Ent site = SiteTowns.siteBefore(ctx, p);
        if (site == null) {
          eventAt(ctx, s, p);
        } else {
          ctx.add("LOCATED_IN", site, p.ent(), null);
        }
      }
      Matcher seat = SEAT.matcher(before);
      if (seat.find()) {
        RelationContext.Occ org = nextOrg(ctx, p);
        if (org != null) {
          ctx.add("LOCATED_IN", org.ent(), p.ent(), null);
        }
      }
      fromPlace(ctx, s, p, before);
      BasedInRelations.basedIn(ctx, p, before);
      BasedInRelations.cityBased(ctx, p);
      BasedInRelations.cityOfOrganisation(ctx, p);
      BasedInRelations.cityCommaCountry(ctx, p);
      BasedInRelations.commaInCity(ctx, p);
      AppositionPlaces.extract(ctx, p);
    }
    nestedCities(ctx);
    describedPlace(ctx);
    infrastructure(ctx);
    DatelineVenues.extract(ctx);
    EventVenueCities.extract(ctx);
    SiteTowns.settle(ctx);
  }

  /** "in Turin", "a Milano"; in English "a" is the article, "a Belfast manufacturer". */
  private static boolean locative(Doc doc, String before) {
    Matcher m = LOCATIVE.matcher(before);
    return m.find() && !("en".equals(doc.lang) && m.group(1).equalsIgnoreCase("a"));
  }

  /** "to Helsinki and Espoo": a place coordinated with a located one. */
  private static boolean coordinatedWithLocated(List<Cand> located, RelationContext.Occ p, String before) {
    String b = Norm.fold(before);
    if (!(b.endsWith(" and") || b.endsWith(" e") || b.endsWith(" y") || b.endsWith(" et") || b.endsWith(","))) {
      return false;
    }
    for (Cand c : located) {
      if (c.end <= p.cand().start && p.cand().start - c.end <= 6) {
        return true;
      }
    }
    return false;
  }

  private static void eventAt(RelationContext ctx, int s, RelationContext.Occ p) {
    List<RelationContext.Occ> events = ctx.inSentence(s, EntityType.EVENT);
    Ent event = null;
    if (!events.isEmpty()) {
      event = ctx.eventNear(s, p.cand().start);
    } else if (ctx.mainEvent != null && dateSentenceOfMain(ctx, s)) {
      event = ctx.mainEvent;
    }
    boolean agreementOnly = events.isEmpty() && !ctx.inSentence(s, EntityType.AGREEMENT).isEmpty();
    if (event != null && !agreementOnly) {
      ctx.add("LOCATED_IN", event, p.ent(), null);
    }
  }

  private static boolean dateSentenceOfMain(RelationContext ctx, int s) {
    Object date = ctx.mainEvent.attrs.get("date");
    for (Doc.DateMention d : ctx.doc.dates) {
      if (!d.dateline() && d.value().equals(date) && ctx.doc.sentenceAt(d.start()) == s) {
        return true;
      }
    }
    return false;
  }

  private static RelationContext.Occ nextOrg(RelationContext ctx, RelationContext.Occ p) {
    for (RelationContext.Occ o : ctx.occs) {
      if (o.cand().start >= p.cand().end && o.cand().start - p.cand().end <= 8 && o.ent().type == EntityType.ORG) {
        return o;
      }
    }
    return null;
  }

  /** "l’istituto “A. Rossi” di Torino": a name directly followed by "di/of" and a city. */
  private static void cityAfterName(RelationContext ctx, RelationContext.Occ p) {
    if (!"city".equals(p.ent().attrs.get("kind"))) {
      return;
    }
    int t = ctx.doc.tokenAt(p.cand().start);
    if (t < 2 || !OF.contains(Words.f(ctx.doc.tokens.get(t - 1)))) {
      return;
    }
    for (RelationContext.Occ o : ctx.occs) {
      if (o.cand().end == ctx.doc.tokens.get(t - 2).end() && (o.ent().type == EntityType.ORG
          || o.ent().type == EntityType.PLACE)) {
        ctx.add("LOCATED_IN", o.ent(), p.ent(), null);
      }
    }
  }

  /** "Dalla città di Osaka sono intervenuti ...": the organisations of the sentence are based there. */
  private static void fromPlace(RelationContext ctx, int s, RelationContext.Occ p, String before) {
    if (!FROM_PLACE.matcher(before).find() || p.cand().start - before.length() != ctx.doc.sentence(s).start()) {
      return;
    }
    for (RelationContext.Occ o : ctx.inSentence(s, EntityType.ORG)) {
      ctx.add("LOCATED_IN", o.ent(), p.ent(), null);
    }
  }

  /**
   * "Tecnopolo di Bologna", "Parc des Expositions Rennes Aéroport": a place or event whose name holds a city also
   * named on its own is located there. An organisation is not: a town only inside its name ("Università di Pavona",
   * "Poznań University of Technology") licenses no LOCATED_IN (guide, 2; in the annotated sets since holdout23 such
   * links were right in 1 of 85 cases).
   */
  private static void nestedCities(RelationContext ctx) {
    for (Cand n : ctx.doc.nested) {
      if (n.type != EntityType.PLACE || !"city".equals(n.kind)) {
        continue;
      }
      Ent city = ctx.ents.stream().filter(e -> e.type == EntityType.PLACE && e.canon.equals(n.canon)).findFirst()
          .orElse(null);
      int t = ctx.doc.tokenAt(n.start);
      if (city == null || t < 1) {
        continue;
      }
      boolean of = OF.contains(Words.f(ctx.doc.tokens.get(t - 1)));
      for (RelationContext.Occ o : ctx.occs) {
        boolean atEnd = o.cand().end == n.end && o.cand().start < n.start;
        boolean inside = o.cand().start <= n.start && o.cand().end >= n.end && o.cand().length() > n.length();
        boolean named = o.ent().type == EntityType.PLACE;
        boolean container = atEnd && (of && named || o.ent().type == EntityType.EVENT && !o.ent().is("_future"))
            || inside && !atEnd && named;
        if (container) {
          ctx.add("LOCATED_IN", o.ent(), city, null);
        }
      }
    }
  }

  private static final Pattern DESCRIBED_IN = Pattern.compile("(?iu)^,\\s+(?:l['’]|la |il |the |el |le |un[ao]? |an? )?"
      + "(?:agenzia|agency|agencia|agence|società|company|empresa|azienda|cluster|clúster|centro|centre|center|istituto"
      + "|institute|instituto|university|università|universidad|fondazione|foundation|fundación)\\b[^,;.]{0,50}"
      + "\\b(?:della|del|dell['’]|of|de la|del|du|de|in|a|en)\\s*$");

  /** "Bayern Innovativ, l’agenzia per l’innovazione della Baviera": an appositive that places the organisation. */
  private static void describedPlace(RelationContext ctx) {
    for (int i = 0; i + 1 < ctx.occs.size(); i++) {
      RelationContext.Occ org = ctx.occs.get(i);
      if (org.ent().type != EntityType.ORG) {
        continue;
      }
      for (int j = i + 1; j < Math.min(ctx.occs.size(), i + 4); j++) {
        RelationContext.Occ p = ctx.occs.get(j);
        if (p.ent().type == EntityType.PLACE && DESCRIBED_IN.matcher(ctx.between(org.cand().end, p.cand().start)).find()) {
          ctx.add("LOCATED_IN", org.ent(), p.ent(), null);
        }
      }
    }
  }

  private static void infrastructure(RelationContext ctx) {
    Lexicon lex = Lexicon.INSTANCE;
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      Ent site = null;
      List<RelationContext.Occ> places = ctx.inSentence(s, EntityType.PLACE);
      for (RelationContext.Occ p : places) {
        for (String w : ctx.doc.slice(p.cand().start, p.cand().end).split("\\s+")) {
          if (lex.inSection("infrasite", w)) {
            site = p.ent();
          }
        }
      }
      for (int[] cue : ctx.cues(s, MANAGED_BY)) {
        RelationContext.Occ place = ctx.before(s, cue[0], Words.set(EntityType.PLACE));
        if (place == null || AREAS.contains(String.valueOf(place.ent().attrs.get("kind")))) {
          continue;
        }
        for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false)) {
          ctx.add("LOCATED_IN", o.ent(), place.ent(), null);
        }
      }
      boolean project = !ctx.cues(s, PROJECT_WORD).isEmpty();
      for (RelationContext.Occ p : places) {
        boolean machine = "infrastructure".equals(p.ent().attrs.get("kind")) && p.ent() != site;
        if (machine && site != null) {
          ctx.add("LOCATED_IN", p.ent(), site, null);
        }
        if (machine && project && ctx.mainProject != null) {
          ctx.add("PART_OF", p.ent(), ctx.mainProject, null);
        }
      }
    }
  }
}
