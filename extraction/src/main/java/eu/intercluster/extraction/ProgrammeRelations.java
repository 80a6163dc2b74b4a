package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** FUNDED_BY, RUN_BY and PART_OF between programmes, strategies and their funders. */
final class ProgrammeRelations {
  private static final Pattern FUNDING = Pattern.compile("(?iu)(grazie ai fondi|grazie al fondo|grazie al contributo"
      + "|finanziat|cofinanziat|co-finanziat|funded by|funded with|funded through|funded under|co-funded|cofunded|financed by|financed with|financé|cofinancé|financiad"
      + "|cofinanciad|with the support of|con il sostegno|con il contributo|thanks to the funds|fondi europei"
      + "|european funds|fonds européens|fondos europeos|con el apoyo de|con il sostegno de|avec le soutien d"
      + "|supported by|sostenut[oa] da|apoyad[oa] por|soutenu[e]? par)");
  private static final Pattern RECEIVES = Pattern.compile("(?iu)\\b(receive[sd]?|will receive|riceverà|riceve|ricevuto"
      + "|recibirá|recibe|recibió|recevra|reçoit|a reçu|beneficia|benefits)\\b[^.;]{0,60}?\\b(from|da|dal|dalla|de|del"
      + "|par|du|de la)\\s+(?:the\\s+|la\\s+|el\\s+|l['’])?$");
  private static final Pattern FUNDS_OF = Pattern.compile("(?iu)(fondi|funds|fonds|fondos)\\b[^.;]{0,30}$");
  /**
   * A body that invests in the text's project funds it. Not "finanzia / funds": a body that funds a call or scheme
   * provides it (RUN_BY, guide 7); those cues gave FUNDED_BY right in 0 of 11 cases over the annotated sets.
   */
  private static final Pattern INVESTS = Pattern.compile("(?iu)\\b(investire|investirà|investe|investono|invests"
      + "|will invest|to invest|invested|invertir|invertirá|investir|investira)\\b");
  /** The cues that name support without money: "with the support of", "con il sostegno di", "soutenu par". */
  private static final Pattern SUPPORT_ONLY = Pattern.compile("(?iu)^(?:with the support of|con il sostegno"
      + "|con el apoyo de|avec le soutien d|supported by|sostenut[oa] da|apoyad[oa] por|soutenu[e]? par)");
  private static final Pattern WITHIN = Pattern.compile("(?iu)(nella|nell['’]ambito della|nel quadro della|within"
      + "|in the|part of the|as part of|dans la|dans le cadre de la|en la|en el marco de la)\\s+$");
  private static final Pattern REFERENCE = Pattern.compile("(?iu)\\b(il progetto|the project|le projet|el proyecto"
      + "|l['’]iniziativa|the initiative|la missione|the mission)\\b");

  private ProgrammeRelations() {}

  static void extract(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      List<RelationContext.Occ> programmes = ctx.inSentence(s, EntityType.PROGRAMME);
      if (!ctx.cues(s, FUNDING).isEmpty()) {
        funding(ctx, s, programmes);
      }
      receives(ctx, s);
      CompanyFundingRelations.extract(ctx, s);
      AmountFundingRelations.extract(ctx, s);
      if (ctx.mainProject != null) {
        for (int[] cue : ctx.cues(s, PARTNERS)) {
          for (RelationContext.Occ o : ctx.after(s, cue[1], Words.set(EntityType.ORG), false)) {
            ctx.add("PART_OF", o.ent(), ctx.mainProject, null);
          }
        }
      }
      SelectionRelations.extract(ctx, s);
      ProgrammeOwners.extract(ctx, s);
      for (int[] cue : ctx.cues(s, INVESTS)) {
        RelationContext.Occ funder = ctx.before(s, cue[0], Words.set(EntityType.ORG));
        if (funder != null && ctx.mainProject != null) {
          ctx.add("FUNDED_BY", ctx.mainProject, funder.ent(), null);
        }
      }
      for (RelationContext.Occ st : programmes) {
        String before = ctx.doc.slice(Math.max(0, st.cand().start - 30), st.cand().start);
        if (!"strategy".equals(st.ent().attrs.get("kind")) || !WITHIN.matcher(before).find()) {
          continue;
        }
        RelationContext.Occ part = ctx.before(s, st.cand().start, Words.set(EntityType.PROGRAMME, EntityType.EVENT));
        if (part != null) {
          ctx.add("PART_OF", part.ent(), st.ent(), null);
        }
      }
    }
  }

  /**
   * "avec le soutien de Business France", "funded by the X Foundation", "cofinanziata dal programma Digital Europe":
   * the first organisation or (non-strategy) programme after the cue funds the project, event or agreement before it,
   * else the organisation the sentence opens with; nothing when the sentence names neither (the document's main
   * project or event, taken then until session 9, was wrong in all 52 such cases of the 27 independent sets).
   */
  private static void supportedBy(RelationContext ctx, int s) {
    for (int[] cue : ctx.cues(s, FUNDING)) {
      RelationContext.Occ funder = null;
      for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.ORG, EntityType.PROGRAMME), false)) {
        if (funder == null && !"strategy".equals(o.ent().attrs.get("kind"))) {
          funder = o;
        }
      }
      if (funder == null) {
        continue;
      }
      RelationContext.Occ subject = ctx.before(s, cue[0], Words.set(EntityType.PROGRAMME, EntityType.EVENT,
          EntityType.AGREEMENT));
      Ent target = subject != null ? subject.ent() : openingOrg(ctx, s, cue[0]);
      // an organisation that supports an event ORGANISED it (guide, 4): not also its funder
      boolean organiser = target != null && ctx.has("ORGANISED", funder.ent(), target);
      if (target != null && target != funder.ent() && !organiser && !supportOfEvent(ctx, cue, target, funder.ent())) {
        ctx.add("FUNDED_BY", target, funder.ent(), null);
      }
    }
  }

  /**
   * An organisation's support for an event, named without money ("the forum, with the support of the Chamber"), is
   * no funding (guide, 4: FUNDED_BY when the supporter is a programme or fund or the text names money; over the
   * annotated sets such an event was FUNDED_BY the organisation in 3 of 23 cases).
   */
  private static boolean supportOfEvent(RelationContext ctx, int[] cue, Ent target, Ent funder) {
    return target.type == EntityType.EVENT && funder.type == EntityType.ORG
        && SUPPORT_ONLY.matcher(ctx.doc.slice(cue[0], cue[1])).find();
  }

  /** "Enterprise Europe Network è cofinanziata dal ...": the organisation that opens the sentence, before the cue. */
  private static Ent openingOrg(RelationContext ctx, int s, int cueStart) {
    List<RelationContext.Occ> all = ctx.inSentence(s);
    if (all.isEmpty() || all.get(0).ent().type != EntityType.ORG || all.get(0).cand().end > cueStart) {
      return null;
    }
    String before = ctx.doc.slice(ctx.doc.sentence(s).start(), all.get(0).cand().start);
    return before.split("\\s+").length <= 2 ? all.get(0).ent() : null;
  }

  private static final Pattern PARTNERS = Pattern.compile("(?iu)\\b(partners?|members|membri|soci|partner)\\b[^.;]{0,60}?"
      + "\\b(including|tra cui|among them|such as|come|notamment|dont|entre ellos|incluidos)\\b");

  private static final Pattern FRAMED_IN = Pattern.compile("(?iu)\\b(si inserisce (?:nel|nella|nell['’])|si inseriscono"
      + " (?:nel|nella|nell['’])|rientra (?:nel|nella|nell['’])|fa parte (?:del|della|dell['’])|forma parte (?:del|de la)"
      + "|fait partie (?:du|de la|de l['’])|s['’]inscrit dans|is part of|are part of|forms part of|falls within"
      + "|se enmarca en)\\b");
  private static final Pattern AGREEMENT_SUBJECT = Pattern.compile("(?iu)^\\W*(?:il documento|l['’]accordo|l['’]intesa"
      + "|il protocollo|the agreement|the memorandum|the document|el acuerdo|el convenio|el documento|l['’]accord"
      + "|la convention|le document)\\b");
  private static final Pattern PROGRAMME_INVOLVES = Pattern.compile("(?iu)\\b(coinvolge|coinvolgerà|coinvolgono"
      + "|involves|will involve|brings together|riunisce|associa|associe|réunit|involucra|reúne)\\b");

  /** "La misión forma parte del Plan ...", "Il documento si inserisce nel progetto X, che coinvolge anche A e B". */
  static void framing(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      Sentence sen = ctx.doc.sentence(s);
      for (int[] cue : ctx.cues(s, FRAMED_IN)) {
        RelationContext.Occ target = first(ctx.after(s, cue[1], Words.set(EntityType.PROGRAMME), true));
        if (target == null || ctx.doc.tokenAt(target.cand().start) - ctx.doc.tokenFrom(cue[1]) > 3) {
          continue;
        }
        RelationContext.Occ subject = ctx.before(s, cue[0], Words.set(EntityType.EVENT, EntityType.AGREEMENT,
            EntityType.PROGRAMME));
        Ent sub = subject != null ? subject.ent() : null;
        if (sub == null && AGREEMENT_SUBJECT.matcher(ctx.doc.slice(sen.start(), cue[0])).find()) {
          for (Ent e : ctx.ents) {
            sub = e.type == EntityType.AGREEMENT && sub == null ? e : sub;
          }
        }
        if (sub != null && sub != target.ent()) {
          ctx.add("PART_OF", sub, target.ent(), null);
        }
      }
      if (!ctx.inSentence(s, EntityType.AGREEMENT).isEmpty()) {
        continue;
      }
      for (int[] cue : ctx.cues(s, PROGRAMME_INVOLVES)) {
        RelationContext.Occ p = ctx.before(s, cue[0], Words.set(EntityType.PROGRAMME));
        if (p == null || "funding programme".equals(p.ent().attrs.get("kind"))
            || "strategy".equals(p.ent().attrs.get("kind"))) {
          continue;
        }
        for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false)) {
          ctx.add("PART_OF", o.ent(), p.ent(), null);
        }
      }
    }
  }

  private static RelationContext.Occ first(List<RelationContext.Occ> list) {
    return list.isEmpty() ? null : list.get(0);
  }

  /** "The project ... will receive 60 million euros from the EuroHPC Joint Undertaking". */
  private static void receives(RelationContext ctx, int s) {
    for (RelationContext.Occ funder : ctx.inSentence(s, EntityType.ORG)) {
      String before = ctx.doc.slice(ctx.doc.sentence(s).start(), funder.cand().start);
      if (!RECEIVES.matcher(before).find()) {
        continue;
      }
      RelationContext.Occ subject = ctx.before(s, funder.cand().start, Words.set(EntityType.PROGRAMME, EntityType.EVENT));
      Ent target = subject != null ? subject.ent() : ctx.mainProject;
      ctx.add("FUNDED_BY", target, funder.ent(), null);
    }
  }

  /**
   * "the kick-off meeting of CIRCUMAR, the project funded by the Interreg programme": the project, call or initiative
   * nearest before the first funding cue is what the fund finances, not the event the sentence opens with.
   */
  private static Ent projectBeforeCue(RelationContext ctx, int s, Ent fund) {
    int cue = ctx.cues(s, FUNDING).get(0)[0];
    Ent out = null;
    for (RelationContext.Occ o : ctx.inSentence(s, EntityType.PROGRAMME)) {
      Object kind = o.ent().attrs.get("kind");
      if (o.ent() != fund && o.cand().end <= cue && !"funding programme".equals(kind) && !"strategy".equals(kind)) {
        out = o.ent();
      }
    }
    return out;
  }

  private static void funding(RelationContext ctx, int s, List<RelationContext.Occ> programmes) {
    Ent fund = null;
    for (RelationContext.Occ p : programmes) {
      if ("funding programme".equals(p.ent().attrs.get("kind"))) {
        fund = p.ent();
      }
    }
    if (fund == null) {
      supportedBy(ctx, s);
      return;
    }
    Ent subject = projectBeforeCue(ctx, s, fund);
    for (RelationContext.Occ o : ctx.inSentence(s)) {
      boolean candidate = o.ent() != fund && (o.ent().type == EntityType.PROGRAMME || o.ent().type == EntityType.EVENT
          || o.ent().type == EntityType.AGREEMENT);
      if (candidate && subject == null) {
        subject = o.ent();
      }
    }
    if (subject == null) {
      subject = openingOrg(ctx, s, ctx.cues(s, FUNDING).get(0)[0]);
    }
    if (subject == null && !ctx.cues(s, REFERENCE).isEmpty()) {
      subject = ctx.mainProject != null ? ctx.mainProject : ctx.mainEvent;
    }
    FundChains.add(ctx, subject, fund);
    for (RelationContext.Occ o : ctx.inSentence(s, EntityType.ORG)) {
      String before = ctx.doc.slice(Math.max(ctx.doc.sentence(s).start(), o.cand().start - 40), o.cand().start);
      if ("government".equals(o.ent().attrs.get("kind")) && FUNDS_OF.matcher(before).find()) {
        ctx.add("RUN_BY", fund, o.ent(), null);
      }
    }
  }
}
