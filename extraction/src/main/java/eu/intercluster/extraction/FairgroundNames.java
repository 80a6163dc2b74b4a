package eu.intercluster.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fair-ground or congress-centre word and a town alone make the name of a place, not of an event or of the company
 * that runs it (which takes its legal form: "Fiera Milano S.p.A."): "Fiera Milano",
 * "Messe München", "Expo Guadalajara", "Congress Innsbruck", "Namur Expo", "Stavanger Forum" (venues), whereas the
 * town before "Messe" names a fair ("Hannover Messe") and any other word makes an event's title ("Expo Riva Schuh").
 */
final class FairgroundNames {
  private static final Pattern HEAD_FIRST = Pattern.compile("(?u)(?:Fiera|Fiere|Messe|Expo|Congress|Feria|Fira|Parc Expo)"
      + "\\s+(.+)");
  private static final Pattern TOWN_FIRST = Pattern.compile("(?u)(.+?)\\s+(?:Expo|Forum|Fiere)");
  private static final Set<String> TOWNS = Words.set("city");

  private FairgroundNames() {}

  static void recognise(Doc doc) {
    Set<String> towns = new HashSet<>();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && TOWNS.contains(c.kind) && !c.generic) {
        towns.add(Norm.fold(doc.slice(c.start, c.end)));
      }
    }
    if (towns.isEmpty()) {
      return;
    }
    for (Cand c : List.copyOf(doc.cands)) {
      if (c.type != EntityType.EVENT && c.type != EntityType.ORG || c.generic || c.reference) {
        continue;
      }
      String text = doc.slice(c.start, c.end);
      Matcher head = HEAD_FIRST.matcher(text);
      Matcher town = TOWN_FIRST.matcher(text);
      if (head.matches() && towns.contains(Norm.fold(head.group(1)))
          || town.matches() && towns.contains(Norm.fold(town.group(1)))) {
        Cand venue = doc.add(c.start, c.end, EntityType.PLACE, "venue", Math.max(c.prio, Cand.CUE_NAME) + 1,
            "T:" + Norm.fold(text));
        venue.generic = false;
      }
    }
  }
}
