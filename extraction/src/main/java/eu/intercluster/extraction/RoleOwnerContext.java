package eu.intercluster.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation of a role phrase told by what stands around it: a possessive before the role ("Its chief executive,
 * Anna Berg", "Su presidente", "il suo direttore") refers to the organisation the previous sentence opens with; a
 * contact line or list entry "Anna Berg, press officer, Valdria Agency" gives it right after the role; "the agency’s
 * director" names it by its head word.
 */
final class RoleOwnerContext {
  private static final Pattern POSSESSIVE = Pattern.compile("(?iu)(?:^|[\\s«\"“(])(?:its|their|su|sus|suo|sua|il suo"
      + "|la sua|son|sa|leur)\\s+$");
  private static final Pattern OWNER_NOUN = Pattern.compile("(?iu)(?:^|\\s)the\\s+(\\p{Ll}+)['’]s\\s+$");
  private static final Pattern LIST_GAP = Pattern.compile("^\\s*,\\s*$");
  private static final Pattern ENTRY_END = Pattern.compile("^\\s*(?:$|[,.;/(\\n])");

  private RoleOwnerContext() {}

  static Ent of(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    Ent after = afterRole(doc, role, ents);
    after = after != null ? after : ownerNoun(doc, role, ents);
    return after != null ? after : possessed(doc, role, ents);
  }

  /** "the agency’s vice-president", "the council’s chief executive": the one organisation the head word names. */
  private static Ent ownerNoun(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    int from = doc.sentence(doc.sentenceAt(role.start())).start();
    Matcher m = OWNER_NOUN.matcher(doc.slice(Math.max(from, role.start() - 30), role.start()));
    if (!m.find()) {
      return null;
    }
    String folded = Norm.fold(m.group(1));
    return RoleOrganisation.headWord(folded) ? RoleOrganisation.byHeadWord(doc, folded, null, ents, role.start()) : null;
  }

  /** "Anna Berg, press officer, Valdria Agency": an organisation right after the appositive role and a comma. */
  private static Ent afterRole(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    if (role.start() < role.person().end || portfolio(doc, role)) {
      return null;
    }
    for (Ent o : ents) {
      if (o.type != EntityType.ORG) {
        continue;
      }
      for (Cand c : o.cands) {
        if (c.start > role.end() && c.start - role.end() <= 3 && LIST_GAP.matcher(doc.slice(role.end(), c.start))
            .matches() && ENTRY_END.matcher(doc.slice(c.end, Math.min(doc.text.length(), c.end + 3))).find()) {
          return o;
        }
      }
    }
    return null;
  }

  /** "Minister of Education, Youth and Sports": a minister's portfolios go on after the comma. */
  private static boolean portfolio(Doc doc, Doc.PersonRole role) {
    for (String word : doc.slice(role.start(), role.end()).split("[\\s\\-]+")) {
      if (Lexicon.INSTANCE.inSection("portfolio", word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Its chief executive": the organisation named last before it in the same sentence ("represented by its director"),
   * else the first organisation of the previous sentence.
   */
  private static Ent possessed(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    int sentence = doc.sentenceAt(role.start());
    int from = doc.sentence(sentence).start();
    if (sentence < 1 || !POSSESSIVE.matcher(doc.slice(Math.max(from, role.start() - 12), role.start())).find()) {
      return null;
    }
    Ent last = null;
    int lastAt = -1;
    for (Ent o : ents) {
      for (Cand c : o.type == EntityType.ORG ? o.in(doc, sentence) : List.<Cand>of()) {
        if (c.end <= role.start() && c.start > lastAt) {
          last = o;
          lastAt = c.start;
        }
      }
    }
    if (last != null) {
      return last;
    }
    Ent first = null;
    int at = Integer.MAX_VALUE;
    for (Ent o : ents) {
      if (o.type != EntityType.ORG) {
        continue;
      }
      for (Cand c : o.in(doc, sentence - 1)) {
        if (c.start < at) {
          first = o;
          at = c.start;
        }
      }
    }
    return first;
  }
}
