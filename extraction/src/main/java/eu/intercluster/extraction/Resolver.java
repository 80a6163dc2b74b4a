package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses among overlapping candidates (higher priority, then longer, wins; a name inside a longer name is
 * not an entity of its own), drops weak names and themes inside role phrases, and resolves generic
 * mentions ("Regione", "Tecnopolo") to the one named entity of the document they refer to.
 */
final class Resolver {
  private Resolver() {}

  static List<Cand> resolve(Doc doc) {
    CommonWordPlaces.drop(doc);
    List<Cand> sorted = new ArrayList<>(doc.cands);
    sorted.sort(Comparator.comparingInt((Cand c) -> -c.prio).thenComparingInt(c -> -c.length())
        .thenComparingInt(c -> c.start));
    List<Cand> accepted = new ArrayList<>();
    Set<String> outsideRoles = new HashSet<>();
    for (Cand c : doc.cands) {
      if (!doc.inRole(c.start, c.end)) {
        outsideRoles.add(c.canon);
      }
    }
    for (Cand c : sorted) {
      boolean weak = c.attrs.containsKey("_weak");
      if ((weak || c.generic && c.type == EntityType.ORG) && doc.inRole(c.start, c.end) && !outsideRoles.contains(c.canon)
          && !c.canon.startsWith("gov:") && !(weak && RoleTailOrgs.endsRole(doc, c))) {
        continue;
      }
      if (c.type == EntityType.THEME && doc.inRole(c.start, c.end)) {
        continue;
      }
      Cand blocker = null;
      for (Cand a : accepted) {
        if (a.overlaps(c.start, c.end)) {
          blocker = a;
          break;
        }
      }
      if (blocker == null) {
        accepted.add(c);
      } else if (c.inside(blocker.start, blocker.end)) {
        doc.nested.add(c);
      }
    }
    accepted.sort(Comparator.comparingInt(c -> c.start));
    for (int i = 1; i < accepted.size(); i++) {
      Cand prev = accepted.get(i - 1);
      Cand c = accepted.get(i);
      if (prev.end <= c.start && c.start - prev.end <= 5) {
        c.attrs.put("_gap", doc.slice(prev.end, c.start));
      }
    }
    suffixPlaces(doc, accepted);
    resolveGenerics(doc, accepted);
    resolveProgrammeReferences(accepted);
    prefixNames(doc, accepted);
    weakNamesThatArePlaces(accepted);
    return accepted;
  }

  /** "Tecnopolo di Bologna", "Ayuntamiento de Bilbao": a cue word plus a place is generic, kept if alone. */
  private static void suffixPlaces(Doc doc, List<Cand> accepted) {
    for (Cand c : accepted) {
      if (c.generic || c.type == EntityType.PERSON || c.type == EntityType.THEME) {
        continue;
      }
      for (Cand p : doc.nested) {
        if (p.type != EntityType.PLACE || p.end != c.end || p.start <= c.start) {
          continue;
        }
        String head = doc.slice(c.start, p.start).trim();
        String[] words = head.split("\\s+");
        String last = Norm.fold(words[words.length - 1]);
        if (words.length >= 2 && Words.set("di", "of", "de", "du", "in", "del").contains(last)
            && cueOnly(head.substring(0, head.lastIndexOf(' ')))) {
          c.attrs.put("_head", Norm.fold(head.substring(0, head.lastIndexOf(' '))));
          c.attrs.put("_placeSuffix", p);
        }
      }
    }
  }

  private static void resolveProgrammeReferences(List<Cand> accepted) {
    List<Cand> drop = new ArrayList<>();
    for (Cand r : accepted) {
      if (!r.canon.startsWith("progref:")) {
        continue;
      }
      Set<String> targets = new HashSet<>();
      for (Cand c : accepted) {
        if (c.type == EntityType.PROGRAMME && !c.generic && r.kind.equals(c.kind)) {
          targets.add(c.canon);
        }
      }
      if (targets.size() == 1) {
        r.canon = targets.iterator().next();
      } else {
        drop.add(r);
      }
    }
    accepted.removeAll(drop);
  }

  /** "a new AI Factory" ... "AI Factory Iberia": a programme or event name that starts a longer one is the same. */
  private static void prefixNames(Doc doc, List<Cand> accepted) {
    for (Cand a : accepted) {
      if (a.generic || a.type != EntityType.PROGRAMME && a.type != EntityType.EVENT) {
        continue;
      }
      String fa = Norm.fold(doc.slice(a.start, a.end)) + " ";
      Set<String> targets = new HashSet<>();
      for (Cand b : accepted) {
        if (b.type == a.type && !b.generic && b.length() > a.length()
            && Norm.fold(doc.slice(b.start, b.end)).startsWith(fa)) {
          targets.add(b.canon);
        }
      }
      if (targets.size() == 1) {
        a.canon = targets.iterator().next();
      }
    }
  }

  /** "to Helsinki and Espoo" ... "In Espoo": a weak name also used as a place is a place. */
  private static void weakNamesThatArePlaces(List<Cand> accepted) {
    Set<String> places = new HashSet<>();
    for (Cand c : accepted) {
      if (c.type == EntityType.PLACE) {
        places.add(c.canon);
      }
    }
    Cand previousPlace = null;
    for (Cand c : accepted) {
      boolean weak = c.type == EntityType.ORG && c.attrs.containsKey("_weak");
      if (weak && (places.contains(c.canon) || previousPlace != null && coordinated(previousPlace, c))) {
        c.type = EntityType.PLACE;
        c.kind = previousPlace != null && coordinated(previousPlace, c) ? previousPlace.kind : "city";
      }
      previousPlace = c.type == EntityType.PLACE ? c : previousPlace;
    }
  }

  private static boolean coordinated(Cand place, Cand c) {
    return place.end < c.start && c.start - place.end <= 5 && "city".equals(place.kind) && COORD.contains(
        c.attrs.getOrDefault("_gap", "").toString());
  }

  private static final Set<String> COORD = Words.set(" y ", " e ", " and ", " et ", ", ");

  private static boolean cueOnly(String head) {
    Lexicon lex = Lexicon.INSTANCE;
    for (String w : head.split("\\s+")) {
      boolean cue = lex.inSection("org", w) || lex.inSection("infrasite", w) || lex.inSection("venue", w)
          || lex.inSection("event", w) || Words.CONNECTORS.contains(Norm.fold(w));
      if (!cue) {
        return false;
      }
    }
    return true;
  }

  /**
   * "University of Groningen" is not the "Hanze University of Applied Sciences": a cue word plus a place joins a
   * longer name only when that name holds the same place ("Università di Bologna" in "Alma Mater Studiorum -
   * Università di Bologna"). A site ("Tecnopolo di Bologna") may still be the one longer site named ("DAMA Tecnopolo").
   */
  private static boolean namesTheSamePlace(Doc doc, Cand generic, String named) {
    Cand place = (Cand) generic.attrs.get("_placeSuffix");
    return place == null || generic.type != EntityType.ORG
        || named.contains(" " + Norm.fold(doc.slice(place.start, place.end)) + " ");
  }

  private static void resolveGenerics(Doc doc, List<Cand> accepted) {
    List<Cand> drop = new ArrayList<>();
    for (Cand g : accepted) {
      String head = (String) g.attrs.get("_head");
      boolean cueGeneric = g.generic && g.canon.startsWith("T:") && g.type != EntityType.EVENT
          && g.type != EntityType.AGREEMENT;
      if (!cueGeneric && head == null) {
        continue;
      }
      String key = head != null ? head : Norm.fold(doc.slice(g.start, g.end));
      Set<String> targets = new HashSet<>();
      Cand target = null;
      for (Cand c : accepted) {
        String named = " " + Norm.fold(doc.slice(c.start, c.end)) + " ";
        if (c != g && c.type == g.type && !c.generic && c.attrs.get("_head") == null && !c.canon.equals(g.canon)
            && named.contains(" " + key + " ") && namesTheSamePlace(doc, g, named)) {
          targets.add(c.canon);
          target = c;
        }
      }
      if (targets.size() == 1) {
        g.canon = target.canon;
        g.kind = g.kind == null ? target.kind : g.kind;
        g.generic = head == null;
      } else if (head == null) {
        drop.add(g);
      }
    }
    accepted.removeAll(drop);
  }
}
