package eu.intercluster.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A venue named after its own proper name ends before the town that follows it: "hotel Rex di Ho Chi Minh City",
 * "Teatro Lyrick di Assisi", "Rixos Hotel di Almaty", "Grand Palais de Lille" give the venue and the town as two
 * places (the guide: no nesting; the venue is located in its town). A name made of venue cue words only ("Palais des
 * congrès de Montréal", "Palazzo dei Congressi di Ravenna", "Campus di Cesena") keeps the town: there the town is
 * what tells the venue apart. The town is a known place or a place the text names elsewhere.
 */
final class VenueCityTails {
  private static final Set<String> SITES = Words.set("venue", "building");
  private static final Set<String> TOWNS = Words.set("city", "region", "country", "district");
  private static final Pattern CONNECTOR = Pattern.compile("(?iu)\\s+(?:di|de|del|du|dell[’']|d[’']|of)\\s*");
  private static volatile Set<String> cueWords;

  private VenueCityTails() {}

  static void split(Doc doc) {
    Map<String, Cand> towns = new HashMap<>();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && TOWNS.contains(c.kind) && !c.generic) {
        towns.putIfAbsent(Norm.fold(doc.slice(c.start, c.end)), c);
      }
    }
    if (towns.isEmpty()) {
      return;
    }
    for (Cand venue : List.copyOf(doc.cands)) {
      if (venue.type != EntityType.PLACE || !SITES.contains(venue.kind) || venue.generic || venue.reference) {
        continue;
      }
      String text = doc.slice(venue.start, venue.end);
      Matcher m = CONNECTOR.matcher(text);
      while (m.find()) {
        Cand known = towns.get(Norm.fold(text.substring(m.end())));
        if (known != null && m.start() > 0 && ownName(text.substring(0, m.start()))) {
          Cand name = doc.add(venue.start, venue.start + m.start(), EntityType.PLACE, venue.kind, venue.prio + 1,
              "T:" + Norm.fold(text.substring(0, m.start())));
          name.generic = false;
          if (known.end != venue.end) {
            Cand town = doc.add(venue.start + m.end(), venue.end, EntityType.PLACE, known.kind, known.prio, known.canon);
            town.placeId = known.placeId;
          }
          break;
        }
      }
    }
  }

  /** At least two words, one of them a capitalised word that is not a cue word: "Teatro Lyrick", "Rixos Hotel". */
  private static boolean ownName(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (Character.isUpperCase(w.codePointAt(0)) && !cueWords().contains(Norm.fold(w))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> cueWords() {
    if (cueWords == null) {
      Set<String> words = new HashSet<>();
      for (String section : new String[] {"venue", "org", "event", "infrasite", "programme"}) {
        for (String cue : Lexicon.INSTANCE.cueWords(section)) {
          words.addAll(List.of(cue.split(" ")));
        }
      }
      cueWords = words;
    }
    return cueWords;
  }
}
