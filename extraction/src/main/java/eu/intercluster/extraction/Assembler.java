package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Groups resolved candidates into entities, picks canonical texts and kinds, and numbers the ids. */
final class Assembler {
  private static final Pattern FUTURE = Pattern.compile("(?iu)\\b(prossim|next|futur|prochain|próxim|upcoming|si terrà"
      + "|will be held|will take place|aura lieu|tendrá lugar|parteciperà|will attend|participará|participera"
      + "|se celebrará|participarà|will be|to be signed|to be held|sarà|saranno|verrà|verranno|sera|seront|será|serán)");
  private static final List<String> EVENT_KIND_ORDER = List.of("mission", "conference", "forum", "fair", "ceremony",
      "press conference", "hearing", "delegation", "b2b", "meeting");

  private Assembler() {}

  static List<Ent> assemble(Doc doc, List<Cand> accepted) {
    unifyMainEvent(doc, accepted);
    Map<String, Ent> groups = new LinkedHashMap<>();
    for (Cand c : accepted) {
      groups.computeIfAbsent(c.type + "|" + c.canon, k -> new Ent(c.type, c.canon)).cands.add(c);
    }
    List<Ent> ents = new ArrayList<>(groups.values());
    for (Ent e : ents) {
      e.text = canonicalText(doc, e);
      e.attrs.put("kind", kind(e));
      for (Cand c : e.cands) {
        e.externalId = e.externalId != null ? e.externalId : c.externalId;
        c.attrs.forEach((k, v) -> {
          if (!e.attrs.containsKey(k) || e.attrs.get(k) == null) {
            e.attrs.put(k, v);
          }
        });
      }
    }
    for (Ent e : ents) {
      Cand first = e.cands.get(0);
      String before = doc.slice(doc.sentence(doc.sentenceAt(first.start)).start(), first.start);
      if (e.type == EntityType.EVENT && (first.attrs.containsKey("_future") || FUTURE.matcher(before).find())) {
        e.attrs.put("_future", Boolean.TRUE);
      }
    }
    ents.sort(Comparator.comparing((Ent e) -> e.type.ordinal()).thenComparingInt(Ent::first));
    int[] counters = new int[EntityType.values().length];
    for (Ent e : ents) {
      e.id = e.type.idPrefix() + (++counters[e.type.ordinal()]);
    }
    return ents;
  }

  private static void unifyMainEvent(Doc doc, List<Cand> accepted) {
    Cand main = null;
    for (Cand c : accepted) {
      boolean named = c.type == EntityType.EVENT && c.canon.startsWith("T:") && !c.attrs.containsKey("_sub");
      String before = doc.slice(doc.sentence(doc.sentenceAt(c.start)).start(), c.start);
      if (named && !FUTURE.matcher(before).find()) {
        main = c;
        break;
      }
    }
    if (main == null) {
      return;
    }
    for (Cand c : accepted) {
      if (c.type == EntityType.EVENT && c.canon.equals("event:main") && compatible(c.kind, main.kind)) {
        c.canon = main.canon;
      }
    }
  }

  /**
   * A generic event noun joins the named main event only when the kinds fit: "the mission" is not the
   * "Paris Air Show" at which something will later be signed, but "the event" or "the forum" can be.
   */
  static boolean compatible(String generic, String named) {
    if (generic == null || named == null || generic.equals(named) || generic.equals("meeting")) {
      return true;
    }
    List<String> talk = List.of("conference", "forum", "meeting", "press conference", "ceremony", "hearing");
    List<String> trip = List.of("mission", "delegation", "b2b", "business meeting");
    return talk.contains(generic) && talk.contains(named) || trip.contains(generic) && trip.contains(named);
  }

  private static String canonicalText(Doc doc, Ent e) {
    String theme = e.type == EntityType.THEME ? ThemeTexts.canonical(doc, e) : null;
    if (theme != null) {
      return theme;
    }
    Cand best = null;
    for (Cand c : e.cands) {
      if (c.generic || c.reference) {
        continue;
      }
      if (best == null || c.length() > best.length()) {
        best = c;
      }
    }
    if (best == null) {
      for (Cand c : e.cands) {
        if (!c.reference) {
          best = c;
          break;
        }
      }
    }
    best = best == null ? e.cands.get(0) : best;
    String text = doc.slice(best.start, best.end);
    if (e.type == EntityType.AGREEMENT) {
      java.util.regex.Matcher m = LEADING_DURATION.matcher(text);
      if (m.lookingAt() && text.indexOf(' ', m.end()) > 0) {
        return text.substring(m.end());
      }
    }
    return text;
  }

  /**
   * "three-year memorandum of understanding": the duration is an attribute, not part of the agreement's name
   * (but "five-year agreement" keeps it: the bare noun is generic).
   */
  private static final Pattern LEADING_DURATION = Pattern.compile("(?iu)\\p{L}+-years?\\s+");

  private static String kind(Ent e) {
    if (e.type == EntityType.EVENT) {
      String best = null;
      for (Cand c : e.cands) {
        if (c.kind != null && (best == null || rank(c.kind) < rank(best))) {
          best = c.kind;
        }
      }
      return best;
    }
    Cand best = null;
    for (Cand c : e.cands) {
      if (c.kind != null && (best == null || c.prio > best.prio)) {
        best = c;
      }
    }
    return best == null ? null : best.kind;
  }

  private static int rank(String kind) {
    int i = EVENT_KIND_ORDER.indexOf(kind);
    return i < 0 ? EVENT_KIND_ORDER.size() : i;
  }
}
