package eu.intercluster.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * PART_OF for stated membership: "la Regione Lazio è già membro della rete ERRIN", "X is a member of the Y network",
 * "X a rejoint Y", "X se unió a Y", "X fait partie du réseau Y". The member is the nearest organisation before the
 * cue and those coordinated with it, else the previous sentence's first organisation ({@code MembershipParties});
 * the body the first organisation or programme right after it and those coordinated with it.
 */
final class MembershipRelations {
  /**
   * Verbs and nouns of joining and of being part of a body: "has joined", "aderisce al", "a adhéré au", "se ha
   * incorporado como socio al", "la propria adesione al", "fa parte della rete", "forma parte de", "fait partie du".
   */
  private static final String JOINS = "\\b(?:(?:ha|hanno) aderito|aderisce|aderiscono"
      + "|(?:la propria |sua |their |its |su |son )?(?:adesione|adhesión|adhésion)|a adhéré|ont adhéré|adhiere"
      + "|adhirió)\\s+(?:a|al|alla|all['’]|ai|agli|alle|à|au|aux|to)\\b"
      + "|\\b(?:has joined|have joined|joined(?!\\s+(?:by|forces|in|with))|a rejoint|ont rejoint|se unió a"
      + "|se han unido a|se ha unido a)\\b"
      + "|\\b(?:se ha incorporado|se han incorporado|se incorporó)\\s+"
      + "(?:como\\s+(?:socio|socia|socios|miembro|miembros)(?:\\s+de pleno derecho)?\\s+)?(?:a|al)\\b"
      + "|\\b(?:fa parte|fanno parte|forma parte|forman parte|fait partie|font partie|is part|are part|is a part"
      + "|forms part)\\s*(?:,\\s*[^,.;]{1,25},\\s*)?(?:della|del|dell['’]|dei|delle|di|de la|de l['’]|del|de|du"
      + "|des|of the|of)\\b";
  private static final Pattern JOIN_CUE = Pattern.compile("(?iu)^(?:" + JOINS + ")");
  private static final Pattern MEMBER = Pattern.compile("(?iu)\\b(?:membro|membri|socio|soci|member|members|membre"
      + "|membres|miembro|miembros|aderente|aderenti)\\s+(?:effettivo\\s+|fondatore\\s+|fondatori\\s+"
      + "|founding\\s+|fondateur\\s+|fondateurs\\s+|fundador\\s+|fundadores\\s+|de pleno derecho\\s+)?"
      + "(?:della|del|dell['’]|dei|degli|delle|of the|of|de la|de l['’]|du|des|de los|de las|de)\\b"
      + "|\\b(?:partner|partners|partenaire|partenaires|socio|socia)\\s+(?:del|della|dell['’]|dei|of the|of|in the|in"
      + "|du|de la|de l['’]|en el|en la|en|de)\\b"
      + "|" + JOINS);
  /** "Partners in X include", "The founding members are", "Al progetto partecipano anche", "di cui fanno parte". */
  private static final Pattern LIST_OF_MEMBERS = Pattern.compile("(?iu)\\b(?:partners?|members|membri|soci|partenaires"
      + "|membres|socios|miembros)\\b[^.;,]{0,40}?\\b(?:include|includes|including|are|sono|comprendono|comprende"
      + "|sont|comprennent|incluyen|incluye|son)\\b\\s*:?"
      + "|\\b(?:al progetto|al consorzio|all['’]alleanza|alla rete|to the project|au projet|al proyecto)\\s+"
      + "(?:partecipano|participate|participent|participan)(?:\\s+(?:anche|also|aussi|también|inoltre))?"
      + "|\\b(?:di cui fanno parte|ne fanno parte|dont font partie|del que forman parte|de la que forman parte)\\b");
  /** Head words of a body's unit: department, institute, centre, lab, office, school, directorate, service, chair. */
  private static final Pattern UNIT_HEAD = Pattern.compile("(?iu)^(?:dipartimento|department|département|departamento"
      + "|istituto|institute|institut|instituto|centro|centre|center|laboratorio|laboratory|laboratoire|lab|ufficio"
      + "|office|oficina|bureau|scuola|school|école|escuela|facoltà|faculty|faculté|facultad|direzione|directorate"
      + "|direction|dirección|servizio|service|servicio|unità|unit|unité|unidad|cattedra|chair|chaire|cátedra"
      + "|divisione|division|división)\\b");
  /** "Dipartimento di X dell'Università di Y", "Institut X (IX) de l'Université Y", "the Office of the Region". */
  private static final Pattern UNIT_OF = Pattern.compile("(?iu)^\\s*(?:\\([^()]{1,15}\\)\\s*)?"
      + "(?:della|dell['’]|del|dello|degli|of the|of|at the|at|de la|de l['’]|du|de|des)\\s*(?:la\\s+|el\\s+|the\\s+)?$");
  /**
   * "Advantage Austria, the foreign trade promotion organisation of the Austrian Economic Chamber", "CESEAND, el nodo
   * andaluz de la red EEN", "X S.r.l., spin-off dell'Università Y", "X is the international arm of Y".
   */
  private static final Pattern DESCRIBED_AS_PART = Pattern.compile("(?iu)^(?:\\s*\\([^()]{1,20}\\))?(?:\\s*,|\\s+(?:is|è"
      + "|est|es|was|fue|era|a été|è stat[oa]))\\s+[^,;:.()]{0,60}?\\b(?:agency|agenzia|agencia|agence|arm|branch|subsidiary|filiale|filial|nodo|node"
      + "|nœud|spin-off|spin-out|spinoff|spin off|in-house company|società in house|member|membro|miembro|membre"
      + "|members|membri|miembros|membres|partner|partners|partenaire|partenaires|socio|socios|socia|socie)"
      + "\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:of the|of|from the|from|della|del|dell['’]|dei|degli|de la|de l['’]|de|d['’]|du|des)\\s*"
      + "(?:(?:the|la|el|le|network|rete|red|réseau|group|gruppo|grupo|groupe)\\s+){0,2}(?:[\\p{Ll}-]+\\s+){0,2}$");
  /**
   * "University College Cork's MaREI Centre", "Tilburg University, whose Jheronimus Academy", "la Universidad de Cádiz,
   * a través de su Instituto", "la Scuola Superiore Sant'Anna di Pisa, con il suo Istituto TeCIP".
   */
  private static final Pattern OWNERS = Pattern.compile("(?iu)^(?:['’]s|\\s*(?:\\([^()]{1,15}\\)\\s*)?,?\\s*(?:whose"
      + "|with its|through its|via its|and its|con il suo|con la sua|attraverso il suo|attraverso la sua|e il suo|e la sua"
      + "|a través de su|con su|y su|et de son|et de sa|avec son|avec sa|par son|par sa))\\s+$");
  /** "Institut des Sciences de la Vigne et du Vin (ISVV), rattaché à l'Université de Bordeaux". */
  private static final Pattern ATTACHED = Pattern.compile("(?iu)^\\s*(?:\\([^()]{1,15}\\)\\s*)?,\\s*"
      + "(?:[^,;:.()]{0,40}?\\s)?(?:rattach[ée]e?s? (?:à|au)|linked to|attached to|affiliated (?:to|with)"
      + "|dependientes? (?:de la|del|de)|adscrit[oa]s? (?:a la|al|a)|afferente (?:al|alla|all['’])|hosted by)"
      + "\\s*(?:(?:the|la|le|l['’]|el)\\s*)?$");

  private MembershipRelations() {}

  static void extract(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      for (int[] cue : ctx.cues(s, MEMBER)) {
        List<RelationContext.Occ> bodies = MembershipParties.bodies(ctx, s, cue[1]);
        if (bodies.isEmpty()) {
          continue;
        }
        List<Ent> members = MembershipParties.members(ctx, s, cue);
        if (members.isEmpty() && ctx.before(s, cue[0], Words.set(EntityType.ORG)) == null) {
          Ent subject = MembershipParties.previousSubject(ctx, s, cue,
              JOIN_CUE.matcher(ctx.doc.lower.substring(cue[0], cue[1])).find());
          members = subject == null ? members : List.of(subject);
          bodies = bodies.stream().filter(b -> b.ent().type == EntityType.ORG).toList();
        }
        for (Ent member : members) {
          for (RelationContext.Occ body : bodies) {
            if (member != body.ent()) {
              ctx.add("PART_OF", member, body.ent(), null);
            }
          }
        }
      }
      for (int[] cue : ctx.cues(s, LIST_OF_MEMBERS)) {
        listedMembers(ctx, s, cue);
      }
      units(ctx, s);
    }
    UniversityUnits.extract(ctx);
    GroupedMembers.extract(ctx);
    NetworkDesks.extract(ctx);
    LeadPartners.extract(ctx);
    ConsortiumLists.extract(ctx);
  }

  /**
   * A department, institute or office written with its parent body, and a body described as the agency, arm, branch,
   * node or spin-off of another, is PART_OF it (guide §3).
   */
  private static void units(RelationContext ctx, int s) {
    java.util.List<RelationContext.Occ> all = ctx.inSentence(s).stream()
        .filter(o -> o.ent().type != EntityType.THEME).toList();
    for (int i = 0; i + 1 < all.size(); i++) {
      RelationContext.Occ a = all.get(i);
      RelationContext.Occ b = all.get(i + 1);
      if (a.ent().type != EntityType.ORG || b.ent().type != EntityType.ORG || a.ent() == b.ent()
          || b.cand().start < a.cand().end) {
        continue;
      }
      String between = ctx.doc.lower.substring(a.cand().end, b.cand().start);
      if (isUnit(ctx, a) && UNIT_OF.matcher(between).find() || DESCRIBED_AS_PART.matcher(between).find()
          || ATTACHED.matcher(between).find()) {
        ctx.add("PART_OF", a.ent(), b.ent(), null);
      } else if (isUnit(ctx, b) && OWNERS.matcher(between).find()) {
        ctx.add("PART_OF", b.ent(), a.ent(), null);
      }
    }
  }

  private static boolean isUnit(RelationContext ctx, RelationContext.Occ o) {
    return UNIT_HEAD.matcher(ctx.doc.slice(o.cand().start, o.cand().end)).find();
  }

  /**
   * The organisations listed after the cue are part of the project or body the cue names ("Partners in X include"),
   * else of the document's main project, else of the programme or organisation the sentence names before the cue.
   */
  private static void listedMembers(RelationContext ctx, int s, int[] cue) {
    RelationContext.Occ body = null;
    for (RelationContext.Occ o : ctx.inSentence(s)) {
      boolean inCue = o.cand().start >= cue[0] && o.cand().end <= cue[1];
      if (inCue && (o.ent().type == EntityType.PROGRAMME || o.ent().type == EntityType.ORG)) {
        body = o;
      }
    }
    Ent target = body != null ? body.ent() : ctx.mainProject;
    if (target == null) {
      RelationContext.Occ before = ctx.before(s, cue[0], Words.set(EntityType.PROGRAMME, EntityType.ORG));
      target = before == null ? null : before.ent();
    }
    if (target == null) {
      return;
    }
    for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false)) {
      if (o.ent() != target) {
        ctx.add("PART_OF", o.ent(), target, null);
      }
    }
  }
}
