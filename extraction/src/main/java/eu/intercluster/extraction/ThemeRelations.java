package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HAS_THEME: a theme belongs to the nearest preceding agreement, event or programme in its sentence, to a
 * preceding organisation when a sector cue links them ("dedicato alla", "attivo nei settori", "leader nel
 * settore", "che produce", "which develops"), to the organisations it qualifies ("the hydrogen companies Alfa and
 * Beta"), otherwise to the sentence's agreement or the document's main project or main event when that is named in the lead or
 * nearby (see {@link #nearMain}), unless an organisation precedes it in its sentence with no cue that links them: such a
 * theme is that organisation's matter, not the main event's or project's ("X, founded in 2024, combines Earth
 * observation with artificial intelligence"; over the 809 annotated texts the main one was its carrier in 91 of 745
 * such cases, the organisation in 234). An organisation named after the theme's sector carries it
 * ({@link ThemeOrgNames}). Themes named inside an event's name or the main project's
 * belong to it; not inside another programme's, a funder or strategy named after a topic, "Clean Hydrogen Partnership"
 * (over the 809 texts such links were 11 right and 60 wrong). A body that groups or represents a sector's members carries the sector
 * ("Valorial, qui fédère 400 membres de la filière agroalimentaire"). A theme word right before an infrastructure name only describes it.
 */
final class ThemeRelations {
  private static final Pattern SECTOR = Pattern.compile("(?iu)(réunit|riunisce|brings together|reúne|raggruppa"
      + "|si occupa|si occupano|dedicat|dedicad|dédié|dedicated"
      + "|attiv[oaie] n|active in|activa en|actif dans|leader|specializzat|specialis|specializ|spécialis|especializ"
      + "|focused on|focus on|works on|working on|operating in|opera n|nel campo|in the field|dans le domaine"
      + "|en el campo|settor|sector|secteur|expert"
      + "|produc|produit|fabbrica|fabrique|fabrica|manufactur|develops|developing|sviluppa|développe|desarrolla"
      + "|makes|supplies|fornisce|fournit|suministra|fédère|federa|rassembl|agrupa|aglutina|rappresenta|représente"
      + "|representa|represents)");
  private static final Pattern GROUP_NOUN = Pattern.compile("(?iu)^\\s*(entities|entity|enti|companies|aziende"
      + "|centres|centers|centri|organisations|organizations|organizzazioni|institutions|istituzioni|firms|imprese"
      + "|empresas|entreprises|clusters|cluster|players|attori|partners|centre|center|centro|agency|agenzia|agencia"
      + "|company|società|institute|istituto|instituto|institut|makers?|manufacturers?|developers?|producers?"
      + "|suppliers?|specialists?|firm|start-ups?|startups?|group)\\b");
  private static final Pattern ORG_NOUN = Pattern.compile("(?iu)^,\\s+(?:the |il |la |le |l['’]|el |un[ao]? |an? )?"
      + "(?:pôle|polo|pole|cluster|clúster|distretto|district|agenzia|agency|agence|agencia|centro|centre|center"
      + "|istituto|institute|institut|instituto|fondazione|foundation|consorzio|consortium|association|associazione"
      + "|network|rete|réseau|company|azienda|società|empresa|entreprise|leader)\\b");
  /** "Topics included ...", "Al centro dei colloqui ...": the themes of what the previous sentence described. */
  private static final Pattern TOPICS = Pattern.compile("(?iu)^\\W*(topics included|topics were|the topics|among the topics"
      + "|al centro de(?:i|gli|lle|l)? |tra i temi|i temi|temi trattati|les thèmes|parmi les thèmes|au cœur des"
      + "|entre los temas|los temas|the discussions focused on|the talks focused on|i colloqui|gli incontri hanno riguardato"
      + "|les discussions ont porté|las conversaciones se centraron)");
  /** "L'infrastruttura ospiterà applicazioni di ...": what a machine will run is not the topic of the event. */
  private static final Pattern INFRA_SUBJECT = Pattern.compile("(?iu)^\\W*(?:l['’]infrastruttura|il supercalcolatore"
      + "|il sistema|the infrastructure|the supercomputer|the system|the machine|l['’]infrastructure|le supercalculateur"
      + "|la infraestructura|el superordenador|el supercomputador)\\b");
  private static final Set<EntityType> HOLDERS = Words.set(EntityType.ORG, EntityType.EVENT, EntityType.AGREEMENT,
      EntityType.PROGRAMME);
  private static final int MAX_CUE_TOKENS = 12;
  private static final int MAIN_WINDOW = 2;

  private ThemeRelations() {}

  static void extract(RelationContext ctx) {
    Doc doc = ctx.doc;
    for (RelationContext.Occ t : ctx.occs) {
      if (t.ent().type != EntityType.THEME || describesInfrastructure(ctx, t)) {
        continue;
      }
      int s = doc.sentenceAt(t.cand().start);
      if (qualifiesOrgs(ctx, t, s)) {
        continue;
      }
      Ent holder = holder(ctx, t, s);
      ctx.add("HAS_THEME", holder, t.ent(), null);
    }
    for (Ent e : ctx.ents) {
      if (e.type != EntityType.EVENT && (e.type != EntityType.PROGRAMME || e != ctx.mainProject)) {
        continue;
      }
      for (Cand c : e.cands) {
        if (c.generic) {
          continue;
        }
        for (String concept : ThemeRecogniser.conceptsInside(doc.slice(c.start, c.end))) {
          for (Ent th : ctx.ents) {
            if (th.type == EntityType.THEME && concept.equals(th.canon)) {
              ctx.add("HAS_THEME", e, th, null);
            }
          }
        }
      }
    }
  }

  private static Ent holder(RelationContext ctx, RelationContext.Occ t, int s) {
    RelationContext.Occ prev = null;
    for (RelationContext.Occ o : ctx.inSentence(s)) {
      boolean strategy = o.ent().type == EntityType.PROGRAMME && ("strategy".equals(o.ent().attrs.get("kind"))
          || "funding programme".equals(o.ent().attrs.get("kind")) && ctx.mainProject != null);
      if (o.cand().end <= t.cand().start && HOLDERS.contains(o.ent().type) && !ctx.inRole(o) && !strategy) {
        prev = o;
      }
    }
    RelationContext.Occ lastOrg = null;
    for (RelationContext.Occ o : ctx.inSentence(s, EntityType.ORG)) {
      if (o.cand().end <= t.cand().start) {
        lastOrg = o;
      }
    }
    if (lastOrg != null && ctx.inRole(lastOrg) && (prev == null || lastOrg.cand().start > prev.cand().start)
        && sectorCueAfter(ctx, lastOrg, t)) {
      return lastOrg.ent();
    }
    if (prev != null && prev.ent().type != EntityType.ORG) {
      return prev.ent();
    }
    for (RelationContext.Occ a : ctx.inSentence(s, EntityType.AGREEMENT)) {
      if (prev != null && a.cand().end <= prev.cand().start) {
        return a.ent();
      }
    }
    if (prev != null && (sectorCueAfter(ctx, prev, t) || appositive(ctx, prev, t)
        || ThemeOrgNames.namesSector(ctx.doc, prev, t.ent()))) {
      return prev.ent();
    }
    List<RelationContext.Occ> agreements = ctx.inSentence(s, EntityType.AGREEMENT);
    if (!agreements.isEmpty()) {
      return agreements.get(0).ent();
    }
    if (prev == null && INFRA_SUBJECT.matcher(ctx.doc.slice(ctx.doc.sentence(s).start(), t.cand().start)).find()) {
      return null;
    }
    if (prev == null && s > 0 && TOPICS.matcher(ctx.doc.slice(ctx.doc.sentence(s).start(), t.cand().start)).find()) {
      RelationContext.Occ last = null;
      for (RelationContext.Occ o : ctx.inSentence(s - 1)) {
        if (o.ent().type == EntityType.EVENT || o.ent().type == EntityType.AGREEMENT || o.ent().type == EntityType.PROGRAMME) {
          last = o;
        }
      }
      if (last != null) {
        return last.ent();
      }
    }
    return prev == null ? nearMain(ctx, s) : null;
  }

  /**
   * A theme with no carrier in its sentence belongs to the document's main project or event only in the headline
   * and lead (first two sentences) or when that project or event is named in the same or the two previous sentences.
   */
  private static Ent nearMain(RelationContext ctx, int s) {
    Ent main = ctx.mainProject != null ? ctx.mainProject : ThemeMainEvent.of(ctx);
    if (main == null || s <= 1) {
      return main;
    }
    for (int k = Math.max(0, s - MAIN_WINDOW); k <= s; k++) {
      if (!main.in(ctx.doc, k).isEmpty()) {
        return main;
      }
    }
    return null;
  }

  private static boolean sectorCueAfter(RelationContext ctx, RelationContext.Occ org, RelationContext.Occ t) {
    Doc doc = ctx.doc;
    int from = doc.tokenFrom(org.cand().end);
    int to = Math.min(doc.tokenFrom(t.cand().start), from + MAX_CUE_TOKENS);
    if (to <= from) {
      return false;
    }
    String window = ctx.between(doc.tokens.get(from).start(), doc.tokens.get(to - 1).end());
    return SECTOR.matcher(window).find();
  }

  /** "the Barcelona Supercomputing Center, the Spanish national supercomputing centre": a describing appositive. */
  private static boolean appositive(RelationContext ctx, RelationContext.Occ org, RelationContext.Occ t) {
    String between = ctx.between(org.cand().end, t.cand().start);
    String rest = ctx.doc.text.substring(t.cand().end, Math.min(ctx.doc.text.length(), t.cand().end + 20));
    boolean shortAppositive = between.startsWith(",") && between.length() < 60 && !between.substring(1).contains(",");
    return shortAppositive && (GROUP_NOUN.matcher(rest).find() || ORG_NOUN.matcher(between).find());
  }

  private static boolean qualifiesOrgs(RelationContext ctx, RelationContext.Occ t, int s) {
    String rest = ctx.doc.text.substring(t.cand().end, Math.min(ctx.doc.text.length(), t.cand().end + 30));
    var m = GROUP_NOUN.matcher(rest);
    if (!m.find()) {
      return false;
    }
    List<RelationContext.Occ> orgs = ctx.listAfter(s, t.cand().end + m.end(), Words.set(EntityType.ORG), false);
    if (TradeNounThemes.TRADE_NOUNS.contains(Norm.fold(m.group(1)))) {
      orgs = namedRightAfter(ctx, orgs, t.cand().end + m.end());
    }
    for (RelationContext.Occ o : orgs) {
      ctx.add("HAS_THEME", o.ent(), t.ent(), null);
    }
    return !orgs.isEmpty();
  }

  /** "the sensor maker Sensmet Oy and the state company Codelco": a singular trade noun names the one company after it. */
  private static List<RelationContext.Occ> namedRightAfter(RelationContext ctx, List<RelationContext.Occ> orgs, int from) {
    return orgs.isEmpty() || !ctx.doc.slice(from, orgs.get(0).cand().start).isBlank() ? List.of() : orgs.subList(0, 1);
  }

  private static boolean describesInfrastructure(RelationContext ctx, RelationContext.Occ t) {
    for (RelationContext.Occ o : ctx.occs) {
      int gap = o.cand().start - t.cand().end;
      if (gap >= 0 && gap <= 2 && o.ent().type == EntityType.PLACE && "infrastructure".equals(o.ent().attrs.get("kind"))) {
        return true;
      }
    }
    return false;
  }
}
