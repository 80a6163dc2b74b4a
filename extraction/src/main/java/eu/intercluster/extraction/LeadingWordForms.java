package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A later organisation name made of the first words of one longer organisation name in the text is that
 * organisation: "Tyndall" after "Tyndall National Institute", "Brandt" after "Brandt Keramiktechnik GmbH", "IDM
 * Südtirol" after "IDM Südtirol – Alto Adige". Not when two longer names begin with those words.
 */
final class LeadingWordForms {
  private LeadingWordForms() {}

  static void link(Doc doc) {
    List<Cand> orgs = new ArrayList<>();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.ORG && !c.generic && c.canon.startsWith("T:")) {
        orgs.add(c);
      }
    }
    List<String[]> words = orgs.stream().map(c -> Norm.fold(doc.slice(c.start, c.end)).split("\\s+")).toList();
    for (int si = 0; si < orgs.size(); si++) {
      Cand s = orgs.get(si);
      String[] sw = words.get(si);
      Cand target = null;
      for (int li = 0; li < orgs.size(); li++) {
        Cand l = orgs.get(li);
        String[] lw = words.get(li);
        if (l.canon.equals(s.canon) || l.start >= s.start || lw.length <= sw.length || !startsWith(lw, sw)) {
          continue;
        }
        if (target != null && !target.canon.equals(l.canon)) {
          target = null;
          break;
        }
        target = l;
      }
      if (target != null && !doc.placeAt(s.start, s.end)) {
        s.canon = target.canon;
      }
    }
  }

  private static boolean startsWith(String[] longWords, String[] shortWords) {
    for (int i = 0; i < shortWords.length; i++) {
      if (!longWords[i].equals(shortWords[i])) {
        return false;
      }
    }
    return true;
  }
}
