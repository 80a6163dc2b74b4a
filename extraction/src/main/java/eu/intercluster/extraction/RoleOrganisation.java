package eu.intercluster.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The organisation a role phrase names when no organisation mention was recognised inside it: a known organisation
 * written out in the phrase ("responsabile dell’area estero di Promos Italia", "directora de Internacionalización
 * del IGAPE"), or one standing right before the role as its owner ("KAM’s chief executive", "KTU rector").
 */
final class RoleOrganisation {
  private static final Pattern OWNER_GAP = Pattern.compile("^(?:['’]s)?\\s+(?:(?:the|il|la|el|le)\\s+)?$");

  private RoleOrganisation() {}

  static Ent of(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    Ent named = namedInside(doc, role, ents);
    return named != null ? named : owner(doc, role, ents);
  }

  /** The organisation whose name or short form is written, whole words, inside the role phrase; the longest. */
  private static Ent namedInside(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    String phrase = doc.slice(role.start(), role.end());
    Ent found = null;
    int length = 0;
    for (Ent o : ents) {
      if (o.type != EntityType.ORG) {
        continue;
      }
      for (Cand c : o.cands) {
        String name = doc.slice(c.start, c.end);
        if (name.length() > length && wholeWords(phrase, name)) {
          found = o;
          length = name.length();
        }
      }
    }
    return found;
  }

  private static boolean wholeWords(String phrase, String name) {
    for (int i = phrase.indexOf(name); i >= 0; i = phrase.indexOf(name, i + 1)) {
      int end = i + name.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(phrase.charAt(i - 1));
      boolean after = end == phrase.length() || !Character.isLetterOrDigit(phrase.charAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /** "KAM’s chief executive", "the EuroHPC executive director": an organisation mention right before the role. */
  private static Ent owner(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    for (Ent o : ents) {
      if (o.type != EntityType.ORG) {
        continue;
      }
      for (Cand c : o.cands) {
        if (c.end <= role.start() && role.start() - c.end <= 8
            && OWNER_GAP.matcher(doc.slice(c.end, role.start())).matches()) {
          return o;
        }
      }
    }
    return null;
  }
}
