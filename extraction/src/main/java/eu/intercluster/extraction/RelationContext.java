package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared view for relation rules: occurrences in text order, sentence lookups and the relation collector. */
final class RelationContext {
  record Occ(Cand cand, Ent ent) {}

  static final Set<String> SYMMETRIC = Words.set("MEETS", "COOPERATES");
  final Doc doc;
  final List<Ent> ents;
  final List<Occ> occs = new ArrayList<>();
  final Ent mainEvent;
  final Ent mainProject;
  /** The agreement named most often; only the relation classifier pairs it across sentences. */
  final Ent mainAgreement;
  private final Map<String, Relation> relations = new LinkedHashMap<>();
  private final Map<String, Ent> byId = new LinkedHashMap<>();

  RelationContext(Doc doc, List<Ent> ents) {
    this.doc = doc;
    this.ents = ents;
    for (Ent e : ents) {
      byId.put(e.id, e);
      for (Cand c : e.cands) {
        occs.add(new Occ(c, e));
      }
    }
    occs.sort(Comparator.comparingInt(o -> o.cand().start));
    mainEvent = largest(EntityType.EVENT, null);
    mainProject = largest(EntityType.PROGRAMME, Words.set("project", "platform", "initiative", "call"));
    mainAgreement = largest(EntityType.AGREEMENT, null);
  }

  /**
   * The entity of the type (and of one of the kinds, if given) named most often, the first of equals; never a
   * sub-event or a future one.
   */
  Ent largest(EntityType type, Set<String> kinds) {
    Ent best = null;
    for (Ent e : ents) {
      boolean ok = e.type == type && !e.is("_sub") && !e.is("_future") && (kinds == null || kinds.contains(e.attrs.get("kind")));
      if (ok && (best == null || e.cands.size() > best.cands.size())) {
        best = e;
      }
    }
    return best;
  }

  /** The entity with this id, or null. */
  Ent ent(String id) {
    return byId.get(id);
  }

  void add(String type, Ent a, Ent b, String note) {
    if (a == null || b == null || a == b || partnerOfCall(type, a, b)) {
      return;
    }
    String key = type + "|" + a.id + "|" + b.id;
    String reverse = type + "|" + b.id + "|" + a.id;
    if (relations.containsKey(key) || SYMMETRIC.contains(type) && relations.containsKey(reverse)) {
      return;
    }
    relations.put(key, new Relation(type, a.id, b.id, note));
  }

  /**
   * An organisation is a partner of a project or consortium, never PART_OF a call (guide, 3: a selected project is
   * SELECTED_BY the call); over the annotated sets an organisation listed as PART_OF a call was right in 1 of 32 cases.
   */
  static boolean partnerOfCall(String type, Ent a, Ent b) {
    return type.equals("PART_OF") && a.type == EntityType.ORG && b.type == EntityType.PROGRAMME
        && "call".equals(b.attrs.get("kind"));
  }

  boolean has(String type, Ent a, Ent b) {
    return relations.containsKey(type + "|" + a.id + "|" + b.id);
  }

  void remove(String type, Ent a, Ent b) {
    relations.remove(type + "|" + a.id + "|" + b.id);
  }

  /** Whether a relation of the type already has the entity as its first argument. */
  boolean hasFirst(String type, Ent a) {
    for (Relation r : relations.values()) {
      if (r.type().equals(type) && r.arg0().equals(a.id)) {
        return true;
      }
    }
    return false;
  }

  List<Relation> relations() {
    return new ArrayList<>(relations.values());
  }

  List<Occ> inSentence(int sentence) {
    Sentence s = doc.sentence(sentence);
    List<Occ> out = new ArrayList<>();
    for (Occ o : occs) {
      if (s.containsChar(o.cand().start)) {
        out.add(o);
      }
    }
    return out;
  }

  List<Occ> inSentence(int sentence, EntityType type) {
    return inSentence(sentence).stream().filter(o -> o.ent().type == type).toList();
  }

  boolean inRole(Occ o) {
    return doc.inRole(o.cand().start, o.cand().end);
  }

  /** Character offsets of every match of the pattern inside the sentence. */
  List<int[]> cues(int sentence, Pattern p) {
    List<int[]> all = cueCache.computeIfAbsent(p, this::allMatches);
    Sentence s = doc.sentence(sentence);
    List<int[]> out = new ArrayList<>();
    for (int[] m : all) {
      if (m[0] >= s.start() && m[0] < s.end()) {
        out.add(m);
      }
    }
    return out;
  }

  private final Map<Pattern, List<int[]>> cueCache = new java.util.HashMap<>();

  /** Lower-case cue patterns written with (?iu) run case-sensitively on the lower-cased body: much faster. */
  private List<int[]> allMatches(Pattern p) {
    return LowerCasePatterns.findAll(doc, p);
  }

  /** The event an expression in this sentence refers to: nearest event mention in the sentence, else the main event. */
  Ent eventNear(int sentence, int offset) {
    Ent best = null;
    int dist = Integer.MAX_VALUE;
    for (Occ o : inSentence(sentence, EntityType.EVENT)) {
      int d = Math.abs(o.cand().start - offset);
      if (d < dist) {
        dist = d;
        best = o.ent();
      }
    }
    return best != null ? best : mainEvent;
  }

  /** Entities of the given types listed after a cue: "organizzato con X, con Y e con Z" (stops at a clause end). */
  List<Occ> listAfter(int sentence, int from, Set<EntityType> types, boolean allowRoles) {
    List<Occ> out = new ArrayList<>();
    Sentence s = doc.sentence(sentence);
    int i = doc.tokenFrom(from);
    while (i < s.last()) {
      Token t = doc.tokens.get(i);
      Occ o = occAt(t.start());
      if (o != null) {
        if (types.contains(o.ent().type) && (allowRoles || !inRole(o))) {
          out.add(o);
        }
        i = doc.tokenFrom(o.cand().end);
        continue;
      }
      if (doc.inRole(t.start(), t.end())) {
        i++;
        continue;
      }
      String f = Words.f(t);
      if (Words.set(".", ";", "which", "che", "who", "dove", "where", "ha", "hanno", "e'", "sono", "was", "were", "has",
          "have", "is", "are", "ont", "est", "sont", "fue", "han", "si", "per", "for").contains(f)
          || t.text().equals("è")) {
        break;
      }
      if (t.is(",") && i + 1 < s.last()) {
        String next = Words.f(doc.tokens.get(i + 1));
        boolean continues = Words.set("con", "with", "e", "and", "y", "et", "del", "della", "dell'", "dei", "degli", "of")
            .contains(next) || occAt(doc.tokens.get(i + 1).start()) != null
            || doc.inRole(doc.tokens.get(i + 1).start(), doc.tokens.get(i + 1).end());
        if (!continues) {
          break;
        }
      }
      i++;
    }
    return out;
  }

  /** Occurrences of the given types after the offset in the sentence. */
  List<Occ> after(int sentence, int offset, Set<EntityType> types, boolean allowRoles) {
    List<Occ> out = new ArrayList<>();
    for (Occ o : inSentence(sentence)) {
      if (o.cand().start >= offset && types.contains(o.ent().type) && (allowRoles || !inRole(o))) {
        out.add(o);
      }
    }
    return out;
  }

  Occ occAt(int start) {
    for (Occ o : occs) {
      if (o.cand().start == start) {
        return o;
      }
    }
    return null;
  }

  /** Nearest occurrence before the offset in the sentence among the types, skipping ones inside role phrases. */
  Occ before(int sentence, int offset, Set<EntityType> types) {
    Occ best = null;
    for (Occ o : inSentence(sentence)) {
      if (o.cand().end <= offset && types.contains(o.ent().type) && !inRole(o)) {
        best = o;
      }
    }
    return best;
  }

  String between(int a, int b) {
    return a < b ? doc.text.substring(a, b) : "";
  }
}
