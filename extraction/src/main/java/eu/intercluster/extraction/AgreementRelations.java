package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** SIGNED, INVOLVES, SIGNED_AT around agreements, and COOPERATES between acting territories without one. */
final class AgreementRelations {
  static final Pattern SIGNING = Pattern.compile("(?iu)(firmare|sottoscriv|suscrit|suscrib|to sign|signer|firmar|firmat|firmano|firmeranno|firmerà|firma |sottoscritt|"
      + "sottoscriveranno|siglat|signed|signs|will sign|signature|signé|signent|signeront|firmad|firmó|firmaron"
      + "|firmarán|affixed|stipulat|signature)");
  private static final Pattern SIGNING_NOUN = Pattern.compile("(?iu)\\b(la signature|la firma|the signing|the signature"
      + "|la sottoscrizione|la cerimonia di firma|signing ceremony)\\b");
  private static final Pattern SIGNED_WITH = Pattern.compile("(?iu)\\b(?:firmat[oa]|sottoscritt[oa]|signed|signé|firmad[oa])"
      + "\\b[^.;]{0,60}?\\b(?:con|with|avec|con el|con la)\\s+(?:il |la |l['’]|the |le |el )?$");
  private static final Pattern INVOLVES = Pattern.compile("(?iu)(involves|involving|involved|coinvolge|coinvolgono"
      + "|coinvolgendo|coinvolt[oiae]|con la partecipazione di|with the participation of|implique|impliquant"
      + "|involucra|involucrando)");
  private static final Pattern LOCATIVE = Pattern.compile("(?iu)\\b(in|at|a|presso|al|alla|allo|nel|nella|à|au|en"
      + "|dans|during|durante|in occasione de[li]|on the occasion of|nel corso de[li]|en marge d[ue]|on the sidelines of|a margine d[ie]l?l?[oa']?|al margen de[l]?)\\s+(?:the\\s+|la\\s+|il\\s+|l['’])?$");
  private static final Pattern COOPERATION = Pattern.compile("(?iu)(cooperazione|cooperation|co-operation|coopération"
      + "|cooperación|collaborazione|collaboration|colaboración|partnership|partenariato|alleanza|alliance)");
  /** "Alla firma erano presenti ...": people present at the signing did not sign. */
  private static final Pattern PRESENT = Pattern.compile("(?iu)(erano presenti|era presente|were present|was present"
      + "|also present|étaient présents|étaient présentes|estaban presentes|estuvieron presentes|presenti anche"
      + "|attended the signing|hanno assistito|ont assisté|asistieron|alla presenza d|in the presence of|en présence d"
      + "|en presencia d)");
  /** "X e Y hanno annunciato l'avvio di una collaborazione": a stated cooperation with both as subject. */
  private static final Pattern ANNOUNCE = Pattern.compile("(?iu)(hanno annunciato|hanno avviato|avviano|avvieranno"
      + "|have announced|announced|launched|will launch|start|started|ont annoncé|lancent|ont lancé|han anunciado"
      + "|anunciaron|iniciaron|inician|rafforzano|strengthen|renforcent|refuerzan)");
  private static final Set<String> BETWEEN = Words.set("between", "tra", "fra", "entre");

  private AgreementRelations() {}

  static void extract(RelationContext ctx) {
    boolean anyAgreement = ctx.ents.stream().anyMatch(e -> e.type == EntityType.AGREEMENT);
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      List<RelationContext.Occ> agreements = ctx.inSentence(s, EntityType.AGREEMENT);
      Ent recent = agreementContext(ctx, s, ctx.doc.sentence(s).start());
      boolean signs = !ctx.cues(s, SIGNING_NOUN).isEmpty() || !ctx.cues(s, SIGNING).isEmpty();
      if (recent == null && signs && agreements.isEmpty()) {
        recent = onlyAgreement(ctx);
      }
      if (agreements.isEmpty() && recent != null && signs) {
        signing(ctx, s, recent);
        continue;
      }
      if (agreements.isEmpty()) {
        if (!anyAgreement) {
          cooperates(ctx, s);
        }
        continue;
      }
      Ent a = agreements.get(0).ent();
      for (Ent[] pair : betweenPairs(ctx, s)) {
        ctx.add("SIGNED", a, pair[0], null);
        ctx.add("SIGNED", a, pair[1], null);
      }
      for (int[] cue : ctx.cues(s, INVOLVES)) {
        for (RelationContext.Occ o : ctx.listAfter(s, cue[1], Words.set(EntityType.ORG, EntityType.PERSON), false)) {
          ctx.add("INVOLVES", a, o.ent(), null);
        }
      }
      if (!ctx.cues(s, SIGNING).isEmpty()) {
        signing(ctx, s, a);
        for (int[] cue : ctx.cues(s, SIGNED_WITH)) {
          RelationContext.Occ with = ctx.listAfter(s, cue[1], Words.set(EntityType.ORG), false).stream().findFirst()
              .orElse(null);
          if (with != null) {
            ctx.add("SIGNED", a, with.ent(), null);
          }
        }
      }
    }
  }

  /** "Le parti organizzeranno", "The two clusters will organise": the parties of the agreement as a subject. */
  private static final Pattern PARTIES_ORGANISE = Pattern.compile("(?iu)^\\W*(?:le (?:due )?parti|i due partner|le due"
      + " (?:regioni|agenzie|organizzazioni)|i due (?:cluster|enti|partner)|the (?:two )?parties|the two \\p{L}+|both"
      + " (?:partners|parties|clusters|agencies|regions|organisations)|les (?:deux )?parties|les deux \\p{L}+|las (?:dos )?partes"
      + "|los dos \\p{L}+|las dos \\p{L}+|ambas partes)\\s+(?:will |also |then |)(?:organi[sz]z?e|organizzeranno"
      + "|organizzano|organizeran|organiseront|organisent|organizarán|organizan|will organi[sz]e|promuoveranno"
      + "|will host|ospiteranno|co-organi[sz]e)");

  /** After the agreement sentences: events the parties organise together. */
  static void partiesOrganise(RelationContext ctx) {
    Ent a = onlyAgreement(ctx);
    if (a == null) {
      return;
    }
    List<Ent> parties = new java.util.ArrayList<>();
    for (Relation r : ctx.relations()) {
      if (r.type().equals("SIGNED") && r.arg0().equals(a.id)) {
        for (Ent e : ctx.ents) {
          if (e.id.equals(r.arg1()) && e.type == EntityType.ORG) {
            parties.add(e);
          }
        }
      }
    }
    if (parties.size() < 2) {
      return;
    }
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      Sentence sen = ctx.doc.sentence(s);
      java.util.regex.Matcher m = PARTIES_ORGANISE.matcher(ctx.doc.slice(sen.start(), sen.end()));
      if (!m.find()) {
        continue;
      }
      List<RelationContext.Occ> events = ctx.after(s, sen.start() + m.end(), Words.set(EntityType.EVENT), true);
      if (events.isEmpty()) {
        continue;
      }
      for (Ent p : parties) {
        ctx.add("ORGANISED", p, events.get(0).ent(), null);
      }
    }
  }

  /** The document's single agreement, or null when there are none or several. */
  private static Ent onlyAgreement(RelationContext ctx) {
    Ent only = null;
    for (Ent e : ctx.ents) {
      if (e.type == EntityType.AGREEMENT) {
        if (only != null) {
          return null;
        }
        only = e;
      }
    }
    return only;
  }

  private static void signing(RelationContext ctx, int s, Ent a) {
    List<int[]> present = ctx.cues(s, PRESENT);
    int presentFrom = present.isEmpty() ? Integer.MAX_VALUE : present.get(0)[0];
    List<int[]> cues = ctx.cues(s, SIGNING);
    cues = cues.isEmpty() ? ctx.cues(s, SIGNING_NOUN) : cues;
    int cue = cues.isEmpty() ? ctx.doc.sentence(s).start() : cues.get(0)[0];
    for (RelationContext.Occ o : ctx.inSentence(s)) {
      String near = ctx.doc.slice(Math.max(0, o.cand().start - 12), o.cand().start);
      boolean located = LOCATIVE.matcher(near).find();
      boolean attending = o.cand().start > presentFrom;
      if (o.ent().type == EntityType.ORG && o.cand().end <= cue && !ctx.inRole(o) && !located && !attending) {
        ctx.add("SIGNED", a, o.ent(), null);
      }
      if (o.ent().type == EntityType.PERSON && !attending) {
        ctx.add("SIGNED", a, o.ent(), null);
      }
      boolean place = o.ent().type == EntityType.PLACE || o.ent().type == EntityType.EVENT;
      String before = ctx.doc.slice(Math.max(0, o.cand().start - 30), o.cand().start);
      boolean clauseStart = ctx.doc.tokenAt(o.cand().start) - ctx.doc.sentence(s).first() <= 6;
      if (place && !ctx.inRole(o) && (o.cand().start > cue || clauseStart) && LOCATIVE.matcher(before).find()) {
        ctx.add("SIGNED_AT", a, o.ent(), null);
      }
    }
  }

  /** "between X and Y" with X and Y organisations (or acting territories). */
  private static List<Ent[]> betweenPairs(RelationContext ctx, int s) {
    List<Ent[]> out = new java.util.ArrayList<>();
    List<RelationContext.Occ> orgs = ctx.inSentence(s, EntityType.ORG);
    for (int i = 0; i + 1 < orgs.size(); i++) {
      RelationContext.Occ x = orgs.get(i);
      RelationContext.Occ y = orgs.get(i + 1);
      String before = Norm.fold(ctx.doc.slice(Math.max(0, x.cand().start - 12), x.cand().start));
      String mid = Norm.fold(ctx.between(x.cand().end, y.cand().start));
      boolean prep = BETWEEN.stream().anyMatch(b -> before.endsWith(b) || before.endsWith(b + " la")
          || before.endsWith(b + " il") || before.endsWith(b + " l'") || before.endsWith(b + " the"));
      boolean and = Words.set("and", "e", "y", "et", "and the", "e la", "e il", "e l'", "et la", "y la").contains(mid);
      if (prep && and) {
        out.add(new Ent[] {x.ent(), y.ent()});
      }
    }
    return out;
  }

  private static void cooperates(RelationContext ctx, int s) {
    List<RelationContext.Occ> orgs = ctx.inSentence(s, EntityType.ORG);
    Sentence sen = ctx.doc.sentence(s);
    for (int i = 0; i + 1 < orgs.size(); i++) {
      RelationContext.Occ x = orgs.get(i);
      RelationContext.Occ y = orgs.get(i + 1);
      boolean gov = x.ent().canon.startsWith("gov:") && y.ent().canon.startsWith("gov:");
      boolean pair = ctx.between(x.cand().end, y.cand().start).equals("-");
      String lead = ctx.doc.slice(Math.max(sen.start(), x.cand().start - 40), x.cand().start);
      if (gov && pair && COOPERATION.matcher(lead).find()) {
        ctx.add("COOPERATES", x.ent(), y.ent(), null);
      }
    }
    for (int i = 0; i + 1 < orgs.size(); i++) {
      RelationContext.Occ x = orgs.get(i);
      RelationContext.Occ y = orgs.get(i + 1);
      String mid = Norm.fold(ctx.between(x.cand().end, y.cand().start));
      boolean and = Words.set("and", "e", "y", "et", "and the", "e il", "e la", "e l'", "et le", "et la", "et l'", "y el",
          "y la").contains(mid);
      int firstOrg = ctx.doc.tokenAt(x.cand().start) - sen.first();
      java.util.regex.Matcher m = COOPERATION.matcher(ctx.doc.slice(y.cand().end, sen.end()));
      if (and && firstOrg <= 2 && !ctx.inRole(x) && !ctx.inRole(y) && m.find()
          && ANNOUNCE.matcher(ctx.doc.slice(y.cand().end, y.cand().end + m.start())).find()) {
        ctx.add("COOPERATES", x.ent(), y.ent(), null);
      }
    }
    for (Ent[] p : betweenPairs(ctx, s)) {
      String text = ctx.doc.slice(sen.start(), sen.end());
      if (COOPERATION.matcher(text).find() && !ctx.inRole(ctx.occs.get(0))) {
        ctx.add("COOPERATES", p[0], p[1], null);
      }
    }
  }

  /** The agreement a "present ..." phrase refers to: the latest agreement or event mention before it, if an agreement. */
  static Ent agreementContext(RelationContext ctx, int s, int offset) {
    RelationContext.Occ latest = null;
    for (RelationContext.Occ o : ctx.occs) {
      int os = ctx.doc.sentenceAt(o.cand().start);
      boolean kind = o.ent().type == EntityType.AGREEMENT || o.ent().type == EntityType.EVENT;
      if (kind && (os == s || os == s - 1) && o.cand().start < offset) {
        latest = o;
      }
    }
    return latest != null && latest.ent().type == EntityType.AGREEMENT ? latest.ent() : null;
  }
}
