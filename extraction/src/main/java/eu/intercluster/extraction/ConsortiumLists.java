package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PART_OF for the partners of a project listed away from its name (guide §3, partner → project): "The consortium
 * includes X, Y and Z", "reúne a seis socios: X, Y", "Il partenariato comprende X e Y", "Le projet associe X", "They
 * include X" after a sentence on the project's partners, and "Partners:" followed by bulleted lines. The project is
 * the one the sentence names (the nearest before the cue, else after it), else the previous sentence's, else the
 * text's main project; a coordinator that runs it is not also listed, and a body named as the owner or agent of
 * another ("spin-off de l'ULiège", "led by X") is not a partner.
 */
final class ConsortiumLists {
  /** A verb or phrase after which a list of partners follows. */
  private static final Pattern LIST_CUE = Pattern.compile("(?iu)\\b(?:(?:partners?|partenaires?|socios|soci)"
      + "(?:\\s+(?:del progetto|dell['’]iniziativa|du projet|del proyecto|of the project))?\\s+(?:include|includes"
      + "|are|were|sono|sont|son)|(?:brings?|brought) together|includes?|included|comprises?|consists of"
      + "|is made up of|among them(?:\\s+(?:are|were|is|was))?|together with|comprende|comprendono|riunisce"
      + "|riuniscono|coinvolge|coinvolgono|partecipano(?:\\s+anche)?|ne fanno parte(?:\\s+anche)?|fanno parte"
      + "|figurano|tra cui|tra questi|insieme (?:a|al|alla|all['’]|ai|agli|alle)|affiancat[oa] da|completano il"
      + "|reúne a|reúne|participan(?:\\s+también)?|incluye|forman parte|figuran|entre ellos|entre ellas"
      + "|junto (?:a|al)|cuenta como socios con|como socios|lo integran|associe|associent|réunit|regroupe"
      + "|rassemble|comprend|figurent|parmi (?:lesquels|lesquelles|eux|elles)|aux côtés (?:de|du|des)"
      + "|font partie)\\b\\s*:?");
  /** Words that say the sentence is about a project's partners or consortium. */
  private static final Pattern PARTNER_WORD = Pattern.compile("(?iu)\\b(?:partners?|partenaires?|partenariato"
      + "|partenariat|partenariado|partnership|consortium|consorzio|consorcio|socios|soci|socias|coordinator"
      + "|coordinatore|coordinador|coordinateur|capofila)\\b");
  /** A body after these within its list item is an owner, agent or place of another, not a listed partner. */
  private static final Set<String> NOT_LISTED = Words.set("which", "who", "whose", "that", "che", "cui", "qui", "dont",
      "que", "cuyo", "cuya", "by", "da", "dal", "dalla", "dallo", "dall'", "dai", "dagli", "dalle", "par", "por", "of",
      "di", "del", "della", "dello", "dell'", "dei", "degli", "delle", "de", "du", "des", "d'", "spin-off", "at", "in",
      "presso", "en", "à", "au", "led", "coordinated", "guidata", "guidato", "coordinata", "coordinato", "liderado",
      "liderada", "lidera", "coordinado", "coordinada", "piloté", "pilotée", "porté", "portée", "capofila");
  private static final Pattern ITEM_START = Pattern.compile("[,;:]");
  /** Lower-case words before a bulleted body: "l’entreprise norvégienne Seaweed Nordic AS", "the Region of Crete". */
  private static final Pattern DESCRIPTORS = Pattern.compile("(?u)(?:[\\p{Ll}'’-]++\\s*+)*+");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-–•*·]\\s*");
  private static final Set<String> PROJECT_KINDS = Words.set("project", "initiative", "platform");

  private ConsortiumLists() {}

  static void extract(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      Sentence sen = ctx.doc.sentence(s);
      List<int[]> cues = ctx.cues(s, LIST_CUE);
      boolean header = endsWithColon(ctx.doc.text, sen);
      if (cues.isEmpty() && !header) {
        continue;
      }
      boolean partnerWords = PARTNER_WORD.matcher(ctx.doc.lower.substring(sen.start(), sen.end())).find();
      if (header) {
        Ent project = project(ctx, s, sen.end());
        if (project != null && (partnerWords || named(ctx, s, project) || opensAfterPartners(ctx, s, sen.start()))) {
          bulleted(ctx, s + 1, project);
        }
      }
      for (int[] cue : cues) {
        Ent project = project(ctx, s, cue[0]);
        if (project != null && (partnerWords || named(ctx, s, project) || opensAfterPartners(ctx, s, cue[0]))) {
          listed(ctx, s, cue[1], project);
          break;
        }
      }
    }
  }

  private static boolean endsWithColon(String text, Sentence sen) {
    int i = sen.end() - 1;
    while (i > sen.start() && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= sen.start() && text.charAt(i) == ':';
  }

  /** "They include X" or "Tra questi figurano X" right after a sentence on the partners. */
  private static boolean opensAfterPartners(RelationContext ctx, int s, int cueStart) {
    if (s == 0 || cueStart - ctx.doc.sentence(s).start() > 12) {
      return false;
    }
    Sentence previous = ctx.doc.sentence(s - 1);
    return PARTNER_WORD.matcher(ctx.doc.lower.substring(previous.start(), previous.end())).find();
  }

  /** The project the sentence names nearest before the cue, else after it, else the previous sentence's or main one. */
  static Ent project(RelationContext ctx, int s, int cueStart) {
    Ent before = null;
    Ent after = null;
    for (RelationContext.Occ o : ctx.inSentence(s, EntityType.PROGRAMME)) {
      if (!PROJECT_KINDS.contains(o.ent().attrs.get("kind"))) {
        continue;
      }
      if (o.cand().end <= cueStart) {
        before = o.ent();
      } else if (after == null) {
        after = o.ent();
      }
    }
    if (before != null || after != null) {
      return before != null ? before : after;
    }
    if (s > 0) {
      List<RelationContext.Occ> previous = ctx.inSentence(s - 1, EntityType.PROGRAMME).stream()
          .filter(o -> "project".equals(o.ent().attrs.get("kind"))).toList();
      if (!previous.isEmpty()) {
        return previous.get(previous.size() - 1).ent();
      }
    }
    return ctx.mainProject != null && "project".equals(ctx.mainProject.attrs.get("kind")) ? ctx.mainProject : null;
  }

  private static boolean named(RelationContext ctx, int s, Ent project) {
    return ctx.inSentence(s).stream().anyMatch(o -> o.ent() == project);
  }

  /** Every organisation after the cue that opens its list item or follows only descriptive words. */
  private static void listed(RelationContext ctx, int s, int from, Ent project) {
    int itemFrom = from;
    for (RelationContext.Occ o : ctx.inSentence(s)) {
      if (o.cand().start < from) {
        continue;
      }
      if (o.ent().type == EntityType.ORG && !ctx.inRole(o) && listedItem(ctx, itemFrom, o)) {
        addPartner(ctx, o.ent(), project);
      }
      itemFrom = Math.max(itemFrom, o.cand().end);
    }
  }

  /** Whether the words since the item's start (a comma, the cue or the previous name) leave the body a partner. */
  private static boolean listedItem(RelationContext ctx, int from, RelationContext.Occ o) {
    String before = ctx.doc.lower.substring(from, o.cand().start);
    var m = ITEM_START.matcher(before);
    int itemStart = 0;
    while (m.find()) {
      itemStart = m.end();
    }
    if (possessive(ctx, o)) {
      return false;
    }
    for (String w : before.substring(itemStart).split("[\\s\"“”«»()]+")) {
      if (NOT_LISTED.contains(w.replace('’', '\''))) {
        return false;
      }
    }
    return true;
  }

  /** "Partners:" then lines "- Universidad de Murcia (Spain)": the organisation opening each bulleted line. */
  private static void bulleted(RelationContext ctx, int first, Ent project) {
    for (int s = first; s < ctx.doc.sentences.size(); s++) {
      Sentence sen = ctx.doc.sentence(s);
      var m = BULLET.matcher(ctx.doc.slice(sen.start(), sen.end()));
      if (!m.find()) {
        return;
      }
      List<RelationContext.Occ> in = ctx.inSentence(s);
      if (!in.isEmpty() && in.get(0).ent().type == EntityType.ORG && DESCRIPTORS.matcher(
          ctx.doc.text.substring(sen.start() + m.end(), in.get(0).cand().start)).matches()
          && !possessive(ctx, in.get(0))) {
        addPartner(ctx, in.get(0).ent(), project);
      }
    }
  }

  private static boolean possessive(RelationContext ctx, RelationContext.Occ o) {
    String after = ctx.doc.lower.substring(o.cand().end, Math.min(ctx.doc.lower.length(), o.cand().end + 2));
    return after.startsWith("'s") || after.startsWith("’s");
  }

  private static void addPartner(RelationContext ctx, Ent org, Ent project) {
    if (!ctx.has("RUN_BY", project, org)) {
      ctx.add("PART_OF", org, project, null);
    }
  }
}
