package eu.intercluster.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RUN_BY: the body that launches, manages, coordinates or owns a programme, call, platform or project (guide §7):
 * "X has launched the call Y", "Y, managed by X", "Y, a project coordinated by X", "X's Y programme",
 * "il bando Y della Fondazione X", "cofinanziato dalla Regione X attraverso il programma Y".
 */
final class ProgrammeOwners {
  private static final Pattern LAUNCHES = Pattern.compile("(?iu)\\b(ha presentato|presenta|ha lanciato|lancia|launched"
      + "|launches|presented|presents|a lancé|lance|a présenté|lanzó|lanza|presentó|ha presentado|promuove|promotes"
      + "|gestisce|manages|runs|ha pubblicato|publishes|published|will coordinate|coordinates|coordinate|coordina"
      + "|coordinerà|coordonne|coordonnera|coordinará|leads|will lead|guida|guiderà|ha approvato|approva|approved"
      + "|has opened|opened|opens|ha aperto|apre|a ouvert|ouvre|ha abierto|abre|abrió|ha publicado|publica|publicó"
      + "|a publié|publie|has announced|announced|ha annunciato|annuncia|a annoncé|anunció)\\b");
  private static final Pattern MANAGED_BY = Pattern.compile("(?iu)\\b(managed by|run by|operated by|administered by"
      + "|launched by|promoted by|gestit[oa] da|gestit[oa] dal|gestit[oa] dalla|lanciat[oa] da|promoss[oa] da"
      + "|géré par|gérée par|lancée? par|promue? par|gestionad[oa] por|lanzad[oa] por|administrad[oa] por"
      + "|promovid[oa] por)");
  /**
   * The coordinator or lead partner of a project: the first body named after the cue runs it, the others listed with
   * it ("coordinato dalla X con l'Università Y e Z") are its partners (guide §7).
   */
  private static final Pattern COORDINATED_BY = Pattern.compile("(?iu)\\b(coordinated by|led by|coordinat[oa] da"
      + "|guidat[oa] da|di cui è capofila|coordonnée? par|porté par|portée par|pilotée? par|coordinad[oa] por"
      + "|liderad[oa] por|dirigid[oa] por)");
  /** A programme named as the object of a funding cue: the money, not the thing managed. */
  private static final Pattern FUNDED_FROM = Pattern.compile("(?iu)\\b(finanziat|cofinanziat|co-finanziat|financed"
      + "|funded|co-funded|cofunded|co-financed|financé|cofinancé|financiad|cofinanciad|sostenut|supported|grant"
      + "|risorse|resources|fondi|funds|fonds|fondos)\\w*\\b[^;:]{0,50}$");
  private static final Pattern REFERENCE_OPENING = Pattern.compile("(?iu)^\\W*(il bando|l['’]avviso|il programma"
      + "|il progetto|the call|the programme|the program|the project|the scheme|the initiative|l['’]appel"
      + "|le programme|le projet|la convocatoria|el programa|el proyecto)\\b");
  /** "Welsh Government's Y", "Innovation Norway's “Y” programme", "the agency's programme Y". */
  private static final Pattern POSSESSIVE = Pattern.compile("(?iu)^(['’]s\\s+(?:(?:new|own)\\s+)?(?:(?:programme"
      + "|program|call|initiative|scheme|fund|platform)\\s+)?|\\s+(?:programme|program|programma|programa|bando)\\s+)"
      + "[«\"“]?\\s*$");
  /** "il bando Y della Fondazione X", "Single Market Programme of the European Union", "Y, el programa de la X". */
  private static final Pattern OF_OWNER = Pattern.compile("(?iu)^\\s*[»\"”]?\\s*(?:,\\s*(?:il|el|le|the|la|l['’])\\s*"
      + "(?:programma|programa|programme|program|bando|fondo|fund|call|appel|convocatoria|piattaforma|plateforme"
      + "|plataforma|platform)\\s+)?(?:della|dell['’]|del|dello|de la|de l['’]|du|de|of the|of)\\s*(?:la\\s+|el\\s+"
      + "|the\\s+)?$");
  /** "cofinanziato dalla Regione X attraverso il programma Y", "organised by X under its Y programme". */
  private static final Pattern OWNER_THROUGH = Pattern.compile("(?iu)^\\s*,?\\s*(?:attraverso|tramite|through"
      + "|nell['’]ambito (?:del|della|dei)|dans le cadre (?:de son|de sa|du|de la|de)|a través (?:de su|del|de la)"
      + "|en el marco (?:de su|del|de la)|under (?:its|their))\\s+(?:(?:il|la|le|el|the|own|sua|suo|proprio)\\s+)?"
      + "(?:(?:programma|programme|program|programa|bando|call|appel|fondo|fund|convocatoria|scheme|plan|piano)\\s+)?"
      + "(?:(?:regionale|régional|regional|camerale)\\s+)?[«\"“]?\\s*$");
  /** "finanziato dal PNRR attraverso il Ministero X": the body through which the programme acts runs it. */
  private static final Pattern THROUGH_OWNER = Pattern.compile("(?iu)^\\s*[»\"”]?\\s*(?:\\([^)]{1,20}\\)\\s*)?"
      + "(?:attraverso|tramite|through|a través de)\\s+(?:il|la|lo|l['’]|the|el)?\\s*$");

  private static final Pattern PROJECT_WORD_AFTER = Pattern.compile("(?iu)^\\s*(project|projet|proyecto|progetto)\\b");
  private static final Pattern PROJECT_WORD_BEFORE = Pattern.compile("(?iu)\\b(project|projet|proyecto|progetto)\\s*$");

  private ProgrammeOwners() {}

  static void extract(RelationContext ctx, int s) {
    launches(ctx, s);
    managedBy(ctx, s, MANAGED_BY, false);
    managedBy(ctx, s, COORDINATED_BY, true);
    adjacentOwners(ctx, s);
  }

  private static void launches(RelationContext ctx, int s) {
    for (int[] cue : ctx.cues(s, LAUNCHES)) {
      RelationContext.Occ owner = ctx.before(s, cue[0], Words.set(EntityType.ORG));
      for (RelationContext.Occ p : ctx.after(s, cue[1], Words.set(EntityType.PROGRAMME), false)) {
        if (owner != null && !"strategy".equals(kind(p)) && !"funding programme".equals(kind(p))) {
          ctx.add("RUN_BY", p.ent(), owner.ent(), null);
          break;
        }
      }
    }
  }

  /**
   * "Y, managed by X": the nearest programme before the cue that is not the money of a funding cue ("the call is
   * financed by the PR FESR and managed by X" is about the call) and not past an event; else the text's main
   * project when the sentence opens with a reference to it ("Il bando è finanziato dal ... e gestito da X"). A
   * coordinator runs a project, never the funding programme that names its kind ("a Horizon Europe project led by X").
   */
  private static void managedBy(RelationContext ctx, int s, Pattern cues, boolean firstOnly) {
    for (int[] cue : ctx.cues(s, cues)) {
      Ent managed = managed(ctx, s, cue[0], firstOnly);
      if (managed == null) {
        continue;
      }
      List<RelationContext.Occ> owners = ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false);
      for (int i = 0; i < owners.size(); i++) {
        Ent o = owners.get(i).ent();
        if (!firstOnly || i == 0) {
          ctx.add("RUN_BY", managed, o, null);
        } else if (o != owners.get(0).ent()) {
          ctx.add("PART_OF", o, managed, null); // the coordinator's listed partners
        }
      }
    }
  }

  private static Ent managed(RelationContext ctx, int s, int cueStart, boolean projectOnly) {
    List<RelationContext.Occ> all = ctx.inSentence(s);
    int sentenceStart = ctx.doc.sentence(s).start();
    for (int i = all.size() - 1; i >= 0; i--) {
      RelationContext.Occ o = all.get(i);
      if (o.cand().end > cueStart || ctx.inRole(o)) {
        continue;
      }
      if (o.ent().type == EntityType.EVENT) {
        return null;
      }
      if (o.ent().type != EntityType.PROGRAMME || "strategy".equals(kind(o)) || projectOnly && namesKind(ctx, o)) {
        continue;
      }
      String before = ctx.doc.lower.substring(Math.max(sentenceStart, o.cand().start - 60), o.cand().start);
      if (!FUNDED_FROM.matcher(before).find()) {
        return o.ent();
      }
    }
    String opening = ctx.doc.lower.substring(sentenceStart, cueStart);
    return REFERENCE_OPENING.matcher(opening).find() ? ctx.mainProject : null;
  }

  /** An owner written next to its programme: possessive, "of", "through". */
  private static void adjacentOwners(RelationContext ctx, int s) {
    List<RelationContext.Occ> all = ctx.inSentence(s);
    for (int i = 0; i + 1 < all.size(); i++) {
      RelationContext.Occ a = all.get(i);
      RelationContext.Occ b = all.get(i + 1);
      if (ctx.inRole(a) || ctx.inRole(b) || b.cand().start < a.cand().end) {
        continue;
      }
      String between = ctx.doc.lower.substring(a.cand().end, b.cand().start);
      if (a.ent().type == EntityType.ORG && b.ent().type == EntityType.PROGRAMME
          && (POSSESSIVE.matcher(between).find() || OWNER_THROUGH.matcher(between).find())) {
        ctx.add("RUN_BY", b.ent(), a.ent(), null);
      }
      if (a.ent().type == EntityType.PROGRAMME && b.ent().type == EntityType.ORG
          && (OF_OWNER.matcher(between).find() || THROUGH_OWNER.matcher(between).find())) {
        ctx.add("RUN_BY", a.ent(), b.ent(), null);
      }
    }
  }

  /** "a Horizon Europe project", "progetto Interreg": a funding programme naming the kind of a project. */
  private static boolean namesKind(RelationContext ctx, RelationContext.Occ o) {
    int start = o.cand().start;
    int end = o.cand().end;
    String before = ctx.doc.lower.substring(Math.max(0, start - 12), start);
    String after = ctx.doc.lower.substring(end, Math.min(ctx.doc.lower.length(), end + 12));
    return "funding programme".equals(kind(o)) && (PROJECT_WORD_AFTER.matcher(after).find()
        || PROJECT_WORD_BEFORE.matcher(before).find());
  }

  private static String kind(RelationContext.Occ o) {
    return (String) o.ent().attrs.get("kind");
  }
}
