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
      e.attrs.put("date", e == main ? mainDate(doc, e) : date(doc, e));
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
    Doc.DateMention near = DayRuns.widen(doc, main, DateChoice.nearest(doc, main));
    if (near != null) {
      return near.value();
    }
    for (Doc.DateMention d : doc.dates) {
      if (!d.dateline() && doc.sentenceAt(d.start()) <= 2) {
        return d.value();
      }
    }
    return null;
  }

  /**
   * The date near the event's mentions, else the day the lead reports ("Ieri a Rovereto ... Al taglio del nastro"):
   * an event the text gives no date of took place on the day the opening sentences or the dateline's sentence fix
   * against the dateline. An agreement that is not planned takes its date the same way (signed on the reported day).
   */
  static DateValue date(Doc doc, Ent e) {
    Doc.DateMention near = DayRuns.widen(doc, e, DateChoice.nearest(doc, e));
    if (near != null) {
      return near.value();
    }
    for (Doc.DateMention d : doc.dates) {
      if (!d.dateline() && (doc.sentenceAt(d.start()) <= 2 || inLead(doc, d)) && d.value().iso() != null
          && RelativeDates.fixedByDateline(d.value().text())) {
        return d.value();
      }
    }
    return null;
  }

  /** In the dateline's sentence or the one after it, however far down the headline and byline put the dateline. */
  private static boolean inLead(Doc doc, Doc.DateMention d) {
    for (Doc.DateMention line : doc.dates) {
      if (line.dateline()) {
        int apart = doc.sentenceAt(d.start()) - doc.sentenceAt(line.start());
        return apart >= 0 && apart <= 1;
      }
    }
    return false;
  }
}
