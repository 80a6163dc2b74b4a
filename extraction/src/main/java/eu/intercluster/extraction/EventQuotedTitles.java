package eu.intercluster.extraction;

import java.util.Set;

/**
 * "il convegno “Città e clima”", "le séminaire « Terres de bois »": the event noun right before a quoted title names
 * the titled event, not an event of its own (README: the most complete name is the text, the generic head noun a
 * mention). Over the annotated sets this joined 13 texts' pairs: 11 titled events became right, none was lost. The
 * noun's mention joins the title's entity, as after "dal titolo “...”".
 */
final class EventQuotedTitles {
  private static final Set<String> OPEN_QUOTES = Words.set("“", "\"", "«", "‘");

  private EventQuotedTitles() {}

  static void join(Doc doc) {
    for (Cand title : doc.cands) {
      if (title.type != EntityType.EVENT || !title.attrs.containsKey("_titled")) {
        continue;
      }
      int q = doc.tokenAt(title.start) - 1;
      if (q < 1 || !OPEN_QUOTES.contains(doc.tokens.get(q).text())) {
        continue;
      }
      Token before = doc.tokens.get(q - 1);
      for (Cand noun : doc.cands) {
        if (noun != title && noun.type == EntityType.EVENT && noun.generic && noun.end == before.end()
            && !noun.attrs.containsKey("_future")) {
          noun.canon = title.canon;
          noun.attrs.remove("_sub");
        }
      }
    }
  }
}
