package eu.intercluster.extraction;

/** An event followed by "del / of" and a name: the organisation organised it, the programme frames it. */
final class EventGenitives {
  private EventGenitives() {}

  /** "la missione del Consorzio X", "l’iniziativa dell’Agenzia Y": organiser; "il lancio di PROGETTO": part of. */
  static void extract(RelationContext ctx) {
    Doc doc = ctx.doc;
    for (RelationContext.Occ ev : ctx.occs) {
      String noun = Norm.fold(doc.slice(ev.cand().start, ev.cand().end));
      if (ev.ent().type != EntityType.EVENT || ev.ent().is("_sub") || noun.startsWith("present")) {
        continue;
      }
      int i = doc.tokenFrom(ev.cand().end);
      if (i >= doc.tokens.size() || !Words.set("del", "della", "dell'", "di", "of", "de", "du", "dei", "des")
          .contains(Words.f(doc.tokens.get(i)))) {
        continue;
      }
      int j = i + 1;
      if (j < doc.tokens.size() && Words.set("the", "la", "le", "l'").contains(Words.f(doc.tokens.get(j)))) {
        j++;
      }
      RelationContext.Occ next = j < doc.tokens.size() ? ctx.occAt(doc.tokens.get(j).start()) : null;
      if (next == null) {
        continue;
      }
      if (next.ent().type == EntityType.ORG) {
        ctx.add("ORGANISED", next.ent(), ev.ent(), null);
      } else if (next.ent().type == EntityType.PROGRAMME) {
        ctx.add("PART_OF", ev.ent(), next.ent(), null);
      }
    }
  }
}
