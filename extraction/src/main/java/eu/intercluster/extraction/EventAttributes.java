package eu.intercluster.extraction;

import java.util.List;

/** Event date (the main event takes the first non-dateline date near an event mention), duration, edition, count. */
final class EventAttributes {
  private EventAttributes() {}

  static void fill(Doc doc, List<Ent> ents) {
    Ent main = null;
    for (Ent e : ents) {
      if (e.type == EntityType.EVENT && !e.is("_sub") && !e.is("_future") && (main == null || e.cands.size() > main.cands.size())) {
        main = e;
      }
    }
    for (Ent e : ents) {
      if (e.type != EntityType.EVENT) {
        continue;
      }
      e.attrs.put("date", e == main ? mainDate(doc, e) : sameSentenceDate(doc, e));
      for (Cand c : e.cands) {
        Sentence s = doc.sentence(doc.sentenceAt(c.start));
        String sentence = doc.slice(s.start(), s.end());
        if (!e.attrs.containsKey("edition") && !c.generic) {
          String ed = Attributes.edition(doc, c);
          if (ed != null) {
            e.attrs.put("edition", ed);
          }
        }
        if (!e.attrs.containsKey("duration") && !e.is("_sub")) {
          String d = Attributes.duration(sentence);
          if (d != null) {
            e.attrs.put("duration", d);
          }
        }
        if (!e.attrs.containsKey("count") && "b2b".equals(e.attrs.get("kind"))) {
          String n = Attributes.count(sentence);
          if (n != null) {
            e.attrs.put("count", n);
          }
        }
      }
    }
  }

  private static DateValue mainDate(Doc doc, Ent main) {
    for (Doc.DateMention d : doc.dates) {
      if (d.dateline()) {
        continue;
      }
      int s = doc.sentenceAt(d.start());
      if (main.inSentence(doc, s) || s <= 2) {
        return d.value();
      }
    }
    return null;
  }

  private static DateValue sameSentenceDate(Doc doc, Ent e) {
    for (Doc.DateMention d : doc.dates) {
      if (!d.dateline() && e.inSentence(doc, doc.sentenceAt(d.start()))) {
        return d.value();
      }
    }
    return null;
  }
}
