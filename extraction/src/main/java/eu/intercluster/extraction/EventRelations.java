package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** ORGANISED, PARTICIPATED, MEETS and PART_OF around events, from cue phrases in each sentence. */
final class EventRelations {
  private static final Set<EntityType> ACTORS = Words.set(EntityType.ORG, EntityType.PERSON);
  private static final Pattern ORGANISED_BY = Pattern.compile("(?iu)\\b(organi[sz]zat[oaie]\\s+(?:da|dal|dalla|dall['’]"
      + "|in cooperazione con|in collaborazione con|con)|organi[sz]ed by|co-organi[sz]ed by|organised with|promoss[oaie]"
      + " da|promoted by|ospitat[oaie] da|hosted by|in collaborazione con|in collaboration with|organisé par"
      + "|organizado por|organizada por|organizad[oa] (?:junto )?con|organisée? avec|accueilli par|accueillie par"
      + "|in cooperazione con)");
  /** "coordinated by X": the organiser of an event of the sentence; without one, mostly a project's coordinator. */
  private static final Pattern COORDINATED_BY = Pattern.compile("(?iu)\\b(coordinated by|coordinat[oa] da"
      + "|coordonnée? par|coordinad[oa] por)");
  /** "with the support of X", "con il sostegno di X": an organisation supporting an event ORGANISED it (guide, 4). */
  private static final Pattern SUPPORTED_BY = Pattern.compile("(?iu)\\b(con il sostegno d|con il supporto d"
      + "|con la collaborazione d|with the support of|with support from|with the collaboration of|avec l['’]appui d"
      + "|avec le soutien d|avec le concours d|con el apoyo d|con la colaboración d|con la colaboracion d)");
  private static final Pattern HOST = Pattern.compile("(?iu)(onori di casa|padrone di casa|padroni di casa|as host"
      + "|the host|ha ospitato|hanno ospitato|hosted|a accueilli|acogió|\\bacoge\\b|\\bospita\\b|\\bhosts\\b"
      + "|\\baccueille\\b|will host|ospiterà|acogerá|accueillera)");
  private static final Pattern ORGANISE_ACTIVE = Pattern.compile("(?iu)\\b(organizzano|hanno organizzato|ha organizzato"
      + "|organizza|organised|organized|organise|organize|organises|organizes|organizaron|organizó|organiza"
      + "|ont organisé|a organisé|organisent|organise|promuovono|hanno promosso|ha promosso|promoted|organizzerà"
      + "|organizzeranno|will organise|will organize|organisera|organiseront|organizará|organizarán)\\b(?!\\s+(?:by|da|par"
      + "|por|with|con|in))");
  /** "X held a forum", "X y Z celebraron el encuentro", "X led a business delegation" (the sender organises it). */
  private static final Pattern HOLD_ACTIVE = Pattern.compile("(?iu)\\b(held (?:a|an|the|its|their)|celebraron|celebró"
      + "|ha celebrato|hanno celebrato|ont tenu|a tenu|led (?:a|an|the|its|their)|ha guidato (?:la|una)"
      + "|hanno guidato (?:la|una)|a conduit (?:la|une)|ont conduit (?:la|une)|encabezó (?:la|una)|encabezaron (?:la|una)"
      + "|lideró (?:la|una)|ran (?:a|an|the|its|their)|will hold (?:a|an|the|its|their))\\b");
  private static final Pattern THANKS_ORGANISATION = Pattern.compile("(?iu)(organizzazione dell|organisation of the"
      + "|organization of the|organización del|organisation de l|for organi[sz]ing|per aver organizzato)");
  private static final Pattern PARTICIPANTS_AFTER = Pattern.compile("(?iu)(erano presenti|were present|attended by"
      + "|sono intervenut|è intervenut|sono intervenuti|intervennero|hanno partecipato|hanno preso parte|took part"
      + "|introdott[oa] d|opened by|apert[oa] da|a dare il via|dare il via|tra i relatori|among the speakers"
      + "|speakers included|speakers were|present for|present were|en présence d|in the presence of|alla presenza d|en presencia d|presentes por|présents pour|parmi les conférenciers|parmi les intervenants|entre los ponentes|tra gli ospiti|among the guests|hanno preso la parola|ont pris la parole|participaron|intervinieron|ont participé|sont intervenus|presenti|ha partecipato anche|ha partecipato"
      + "|took part also|ad aprire i lavori|aprire i lavori|to open the event|and included|included|ha incluso|incluía"
      + "|comprenait|intervenut[oaie]|sono poi intervenut|hanno preso la parola|ha preso la parola)");
  private static final Pattern SUBJECT_PARTICIPATES = Pattern.compile("(?iu)(ha partecipato|parteciperà|partecipa "
      + "|participated|will participate|will attend|attended|took part|ha preso parte|participará|participera"
      + "|a participé|ha illustrato|spoke|è intervenut|illustrated|ha aperto|opened|introduced"
      + "|ha introdotto|inauguró|ha inaugurato|a inauguré|a ouvert|abrió|ha spiegato|explained|ha sottolineato"
      + "|ha ricordato|ha evidenziato|stressed|underlined|highlighted|shared|subrayó|detalló|habló|destacó|explicó"
      + "|a souligné|a rappelé|a expliqué|a présenté|inauguró)");
  /**
   * The verbs of SUBJECT_PARTICIPATES that say an organisation took part. Speaking, opening and presenting are a
   * person's (guide, 5: speakers); an organisation before them is mostly the speaker's body or opened something else
   * (rules, all annotated texts: 9 of 109 such pairs right, against 42 of 122 for a person).
   */
  private static final Pattern TAKES_PART = Pattern.compile("(?iu)(ha partecipato|parteciperà|partecipa |participated"
      + "|will participate|will attend|attended|took part|ha preso parte|participará|participera|a participé)");
  /** "X, Director of ..., presented the agency's programmes": a person presenting takes part; a body presenting a call does not. */
  private static final Pattern PERSON_PRESENTS = Pattern.compile("(?iu)\\b(presented|ha presentato|a présenté|presentó)\\b");
  private static final Pattern ALONGSIDE = Pattern.compile("(?iu)(junto al?|together with|insieme al?|accompagnat[oa] d"
      + "|aux côtés d|alongside)");
  private static final Pattern LED = Pattern.compile("(?iu)(led by|guidat[oa] da|headed by|encabezad[oa] por"
      + "|conduite par|dirigée par|capeggiat[oa] da)");
  private static final Pattern WHO_LED = Pattern.compile("(?iu)(who led|che ha guidato|che guidava|qui a conduit"
      + "|qui dirigeait|que encabezó|que lideró|who headed)");
  private static final Pattern PRESENTED_BY = Pattern.compile("(?iu)(saluti d|greetings from|welcome address"
      + "|saludo de|mot d['’]accueil d|intervento d|presentazione d|attività de|activities"
      + " of|presentation by|presentation of|talk by|speech by|keynote by|présentation d|intervención d)");
  private static final Pattern REPRESENTATIVES = Pattern.compile("(?iu)(referenti|rappresentanti|representatives"
      + "|delegati|delegates|representantes|représentants)\\s+(?:de|di|of|del|della|dei|degli|delle|des|du)");

  private EventRelations() {}

  static void extract(RelationContext ctx) {
    Doc doc = ctx.doc;
    for (int s = 0; s < doc.sentences.size(); s++) {
      organised(ctx, s);
      participated(ctx, s);
    }
    for (Ent e : ctx.ents) {
      if (e.type == EntityType.EVENT && e.is("_sub") && ctx.mainEvent != null && !EventCommonNounParts.returnTrip(e)) {
        ctx.add("PART_OF", e, ctx.mainEvent, null);
      }
    }
    EventGenitives.extract(ctx);
    ParticipantLists.extract(ctx);
    ParticipationCues.extract(ctx);
    EventCommonNounParts.extract(ctx);
    MeetingRelations.framed(ctx);
    MeetingRelations.meetVerbs(ctx);
    MeetingRelations.meets(ctx);
    ParticipantLists.withoutOrganisers(ctx);
    MeetingRelations.withoutCoOrganisers(ctx);
  }

  private static void organised(RelationContext ctx, int s) {
    for (int[] cue : ctx.cues(s, ORGANISED_BY)) {
      Ent event = ctx.eventNear(s, cue[0]);
      for (RelationContext.Occ o : ctx.listAfter(s, cue[1], ACTORS, false)) {
        ctx.add("ORGANISED", o.ent(), event, null);
      }
    }
    if (!ctx.inSentence(s, EntityType.EVENT).isEmpty()) {
      for (int[] cue : ctx.cues(s, COORDINATED_BY)) {
        for (RelationContext.Occ o : ctx.listAfter(s, cue[1], ACTORS, false)) {
          ctx.add("ORGANISED", o.ent(), ctx.eventNear(s, cue[0]), null);
        }
      }
    }
    for (int[] cue : ctx.cues(s, SUPPORTED_BY)) {
      Ent event = ctx.eventNear(s, cue[0]);
      for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false)) {
        ctx.add("ORGANISED", o.ent(), event, null);
      }
    }
    for (int[] cue : ctx.cues(s, HOST)) {
      RelationContext.Occ host = ctx.before(s, cue[0], Words.set(EntityType.PERSON, EntityType.ORG, EntityType.PLACE));
      if (host != null && host.ent().type == EntityType.PLACE) {
        ctx.add("LOCATED_IN", ctx.eventNear(s, cue[1]), host.ent(), null);
      } else if (host != null) {
        ctx.add("ORGANISED", host.ent(), ctx.eventNear(s, cue[0]), null);
      }
    }
    subjectsOrganise(ctx, s, ORGANISE_ACTIVE);
    subjectsOrganise(ctx, s, HOLD_ACTIVE);
    if (!ctx.cues(s, THANKS_ORGANISATION).isEmpty()) {
      Ent event = ctx.eventNear(s, ctx.doc.sentence(s).end());
      for (RelationContext.Occ o : ctx.inSentence(s)) {
        if (ACTORS.contains(o.ent().type) && !ctx.inRole(o)) {
          ctx.add("ORGANISED", o.ent(), event, null);
        }
      }
    }
  }

  /** The organisations before an active verb ("X and Y organised / held / led a ...") organise the event after it. */
  private static void subjectsOrganise(RelationContext ctx, int s, Pattern verbs) {
    for (int[] cue : ctx.cues(s, verbs)) {
      for (RelationContext.Occ o : ctx.inSentence(s, EntityType.ORG)) {
        String near = ctx.doc.slice(Math.max(0, o.cand().start - 12), o.cand().start);
        if (o.cand().end <= cue[0] && !ctx.inRole(o) && !near.matches("(?s).*\\b(?:in|at|a|presso|à|en)\\s+$")) {
          List<RelationContext.Occ> later = ctx.after(s, cue[1], Words.set(EntityType.EVENT), true);
          ctx.add("ORGANISED", o.ent(), later.isEmpty() ? ctx.eventNear(s, cue[0]) : later.get(0).ent(), null);
        }
      }
    }
  }

  private static void participated(RelationContext ctx, int s) {
    for (int[] cue : ctx.cues(s, PARTICIPANTS_AFTER)) {
      Ent near = AgreementRelations.agreementContext(ctx, s, cue[0]);
      if (near == null && EventSignings.presenceAtSigning(ctx, s, cue)) {
        if (ctx.mainAgreement == null) {
          continue;
        }
        near = ctx.mainAgreement;
      }
      Ent event = ctx.eventNear(s, cue[0]);
      for (RelationContext.Occ o : ctx.after(s, cue[1], Words.set(EntityType.PERSON), false)) {
        if (near != null) {
          ctx.add("PRESENT_AT", o.ent(), near, null);
        } else {
          ctx.add("PARTICIPATED", o.ent(), event, null);
        }
      }
      if (near == null) {
        for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false)) {
          ctx.add("PARTICIPATED", o.ent(), event, null);
        }
      }
    }
    for (int[] cue : ctx.cues(s, SUBJECT_PARTICIPATES)) {
      RelationContext.Occ subject = ctx.before(s, cue[0], ACTORS);
      if (subject == null || subject.ent().type == EntityType.ORG
          && !TAKES_PART.matcher(ctx.doc.slice(cue[0], cue[1])).lookingAt()) {
        continue;
      }
      List<RelationContext.Occ> later = ctx.after(s, cue[1], Words.set(EntityType.EVENT), true);
      Ent event = later.isEmpty() ? ctx.eventNear(s, cue[0]) : later.get(0).ent();
      ctx.add("PARTICIPATED", subject.ent(), event, null);
    }
    for (int[] cue : ctx.cues(s, PERSON_PRESENTS)) {
      RelationContext.Occ subject = ctx.before(s, cue[0], ACTORS);
      if (subject != null && subject.ent().type == EntityType.PERSON) {
        ctx.add("PARTICIPATED", subject.ent(), ctx.eventNear(s, cue[0]), null);
      }
    }
    if (!ctx.inSentence(s, EntityType.EVENT).isEmpty()) {
      for (int[] cue : ctx.cues(s, ALONGSIDE)) {
        for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.PERSON), false)) {
          ctx.add("PARTICIPATED", o.ent(), ctx.eventNear(s, cue[0]), null);
        }
      }
    }
    for (int[] cue : ctx.cues(s, LED)) {
      for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.PERSON), false)) {
        ctx.add("LED_BY", ctx.eventNear(s, cue[0]), o.ent(), null);
      }
    }
    for (int[] cue : ctx.cues(s, WHO_LED)) {
      RelationContext.Occ leader = ctx.before(s, cue[0], Words.set(EntityType.PERSON));
      if (leader != null) {
        ctx.add("LED_BY", ctx.eventNear(s, cue[1]), leader.ent(), null);
      }
    }
    for (int[] cue : ctx.cues(s, PRESENTED_BY)) {
      List<RelationContext.Occ> who = ctx.listAfter(s, cue[1], ACTORS, false);
      List<RelationContext.Occ> later = ctx.after(s, cue[1], Words.set(EntityType.EVENT), true);
      Ent event = later.isEmpty() ? ctx.eventNear(s, cue[0]) : later.get(0).ent();
      for (RelationContext.Occ o : who) {
        ctx.add("PARTICIPATED", o.ent(), event, null);
      }
    }
    for (int[] cue : ctx.cues(s, REPRESENTATIVES)) {
      String before = ctx.doc.lower.substring(Math.max(ctx.doc.sentence(s).start(), cue[0] - 25), cue[0]);
      if (before.contains("incontrat") || before.contains("met ") || before.contains("rencontr")
          || before.contains("visitat") || before.contains("reuni")) {
        continue;
      }
      for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false)) {
        ctx.add("PARTICIPATED", o.ent(), ctx.eventNear(s, cue[0]), null);
      }
    }
  }
}
