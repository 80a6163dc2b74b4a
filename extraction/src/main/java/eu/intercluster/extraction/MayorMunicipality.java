package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mayor's organisation is the town's municipality when the text names it as a body: "il sindaco di Terni" with
 * "Comune di Terni", "the Mayor of Tartu" with "Tartu City Government", "alcalde de Málaga" with "Ayuntamiento de
 * Málaga", "Taichung's Deputy Mayor" with "Taichung City Government". A town with no such body gives none.
 */
final class MayorMunicipality {
  private static final Set<String> MAYORS = Words.folded("sindaco", "sindaca", "vicesindaco", "vicesindaca", "mayor",
      "mayoress", "alcalde", "alcaldesa", "maire", "mairesse", "bourgmestre", "burgomaster", "burgemeester");
  private static final Set<String> MUNICIPAL = Words.folded("comune", "città", "city", "town", "municipality",
      "municipalité", "municipio", "municipalidad", "ayuntamiento", "ajuntament", "concello", "mairie", "ville",
      "council", "gemeente", "kommune", "stad", "stadt");
  /** The town after the mayor word: "sindaco di Terni", "Mayor of the City of X" takes the words after "of". */
  private static final Pattern TOWN = Pattern.compile("(?u)(?:^|\\s)(?:[Oo]f|di|de|du|d['’])\\s*(?:the\\s+)?"
      + "(\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)?)");
  private static final Pattern OWNER = Pattern.compile("(\\p{Lu}[\\p{L}\\-]*)['’]s\\s+$");

  private MayorMunicipality() {}

  static Ent of(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    String phrase = doc.slice(role.start(), role.end());
    if (!mayor(phrase)) {
      return null;
    }
    Matcher m = TOWN.matcher(phrase);
    if (m.find()) {
      return municipality(doc, Norm.fold(m.group(1)), ents);
    }
    Matcher owner = OWNER.matcher(doc.slice(Math.max(0, role.start() - 40), role.start()));
    return owner.find() ? municipality(doc, Norm.fold(owner.group(1)), ents) : null;
  }

  private static boolean mayor(String phrase) {
    for (String w : phrase.split("[\\s\\-]+")) {
      if (MAYORS.contains(Norm.fold(w))) {
        return true;
      }
      if (w.equals("of") || w.equals("di") || w.equals("de")) {
        return false;
      }
    }
    return false;
  }

  /** The one organisation whose name holds the town and a municipal word. */
  private static Ent municipality(Doc doc, String town, List<Ent> ents) {
    Ent found = null;
    for (Ent o : ents) {
      if (o.type == EntityType.ORG && names(doc, o, town)) {
        if (found != null && found != o) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  private static boolean names(Doc doc, Ent o, String town) {
    for (Cand c : o.cands) {
      String name = " " + Norm.fold(doc.slice(c.start, c.end)) + " ";
      if (name.contains(" " + town + " ")) {
        for (String w : name.strip().split("\\s+")) {
          if (MUNICIPAL.contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
