package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the event filter sees beyond the span itself: whether the event is the text's main event, a sub-event or a
 * future one, whether it has a date, which relations the rules gave it and with how many others, where in the text it
 * first appears and how many other events its sentence names. Annotators write an event that something happens at
 * ("the b2b meetings at the fair", a delegation's visit), and seldom a generic one the rules find by its noun alone
 * ("il panel", "il prossimo incontro", "l'iniziativa") with nothing attached.
 */
final class EventFilterFeatures {
  private static final int LEAD_SENTENCES = 3;

  private EventFilterFeatures() {}

  static List<String> of(Extractor.Analysis a, Ent event) {
    Doc doc = a.doc();
    List<String> f = new ArrayList<>();
    f.add("main=" + (event == a.ctx().mainEvent));
    f.add("sub=" + event.is("_sub"));
    f.add("future=" + event.is("_future"));
    f.add("titled=" + event.is("_titled"));
    f.add("dated=" + (event.attrs.get("date") != null));
    TreeSet<String> types = new TreeSet<>();
    int links = 0;
    for (Relation r : a.ctx().relations()) {
      if (event.id.equals(r.arg0()) || event.id.equals(r.arg1())) {
        types.add(r.type() + (event.id.equals(r.arg0()) ? ">" : "<"));
        links++;
      }
    }
    f.add("links=" + Math.min(links, 4));
    if (types.isEmpty()) {
      f.add("rel=none");
    }
    types.forEach(t -> f.add("rel=" + t));
    int sentence = doc.sentenceAt(event.first());
    f.add("sentence=" + Math.min(sentence, LEAD_SENTENCES));
    int others = 0;
    for (Ent e : a.ctx().ents) {
      if (e.type == EntityType.EVENT && e != event && e.inSentence(doc, sentence)) {
        others++;
      }
    }
    f.add("otherEvents=" + Math.min(others, 3));
    f.add("kindLower=" + event.attrs.get("kind") + "|" + !Norm.isUpperStart(event.text));
    return f;
  }
}
