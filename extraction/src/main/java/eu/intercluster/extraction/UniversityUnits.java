package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * A university's department, faculty or school is PART_OF the university (guide §3) where its sentence names the
 * university apart from it, or refers to it ("dell'ateneo", "the university's", "de la universidad"): "il Politecnico
 * di Torino, dove il Dipartimento di Ingegneria Meccanica presenterà", "il Dipartimento (DISTAL) dell'Università di
 * Bologna", "il Dipartimento di Informatica dell'ateneo". The university named in the sentence nearest the unit,
 * else the one the text named last before it. Called by {@code MembershipRelations} after its own unit rule.
 */
final class UniversityUnits {
  /** Heads of a university's units; the Italian "Scuola" is mostly a university of its own ("Scuola Normale"). */
  private static final Pattern UNIT = Pattern.compile("(?iu)^(?:dipartimento|department|département|departamento"
      + "|departament|faculty|facoltà|facultad|faculté|faculdade|school|escuela|escola)\\b");
  /** Not the adjective: "Azienda Ospedaliera Universitaria". */
  private static final Pattern UNIVERSITY = Pattern.compile("(?iu)(\\buniversit(?!ari)|\\bpolitecnic|\\bpolytechn"
      + "|\\buniversidad|\\bateneo\\b|hochschule|\\bcollege\\b)");
  /** A government's department: "Department for Business and Trade", "Dipartimento per le politiche del mare". */
  private static final Pattern GOVERNMENT_UNIT = Pattern.compile("(?iu)^\\S+\\s+(?:for|per|pour|para)\\b");
  /** The sentence refers to the text's university without naming it. */
  private static final Pattern REFERENCE = Pattern.compile("(?iu)(\\bateneo\\b|\\buniversity['’]s\\b"
      + "|\\bthe university\\b|\\bla (?:propia )?universidad\\b|\\bl['’]université\\b|\\bdel politecnico\\b"
      + "|\\bdell['’]università\\b|\\bde la universidad\\b|\\bof the university\\b)");

  private UniversityUnits() {}

  static void extract(RelationContext ctx) {
    for (Ent unit : ctx.ents) {
      if (unit.type != EntityType.ORG || !UNIT.matcher(unit.text).find() || unit.text.indexOf(' ') < 0
          || UNIVERSITY.matcher(unit.text).find() || GOVERNMENT_UNIT.matcher(unit.text).find()
          || ctx.hasFirst("PART_OF", unit)) {
        continue;
      }
      for (RelationContext.Occ o : ctx.occs) {
        if (o.ent() != unit) {
          continue;
        }
        Ent university = universityFor(ctx, o);
        if (university != null) {
          ctx.add("PART_OF", unit, university, null);
          break;
        }
      }
    }
  }

  private static Ent universityFor(RelationContext ctx, RelationContext.Occ unit) {
    int s = ctx.doc.sentenceAt(unit.cand().start);
    if (s < 0) {
      return null;
    }
    Ent nearest = null;
    int distance = Integer.MAX_VALUE;
    for (RelationContext.Occ o : ctx.inSentence(s)) {
      if (isUniversity(o.ent())) {
        int d = o.cand().start < unit.cand().start ? unit.cand().start - o.cand().end
            : o.cand().start - unit.cand().end;
        if (d < distance) {
          distance = d;
          nearest = o.ent();
        }
      }
    }
    if (nearest != null) {
      return nearest;
    }
    Sentence sentence = ctx.doc.sentence(s);
    if (!REFERENCE.matcher(ctx.doc.lower.substring(sentence.start(), sentence.end())).find()) {
      return null;
    }
    Ent before = null;
    for (RelationContext.Occ o : ctx.occs) {
      if (isUniversity(o.ent()) && o.cand().start < unit.cand().start) {
        before = o.ent();
      }
    }
    return before;
  }

  private static boolean isUniversity(Ent e) {
    return e.type == EntityType.ORG && !UNIT.matcher(e.text).find()
        && (UNIVERSITY.matcher(e.text).find() || "university".equals(e.attrs.get("kind")));
  }
}
