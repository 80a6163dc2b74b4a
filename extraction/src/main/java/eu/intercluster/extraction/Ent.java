package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A grouped entity under construction: its candidates (occurrences), chosen text and attributes. */
final class Ent {
  final EntityType type;
  final String canon;
  final List<Cand> cands = new ArrayList<>();
  final Map<String, Object> attrs = new LinkedHashMap<>();
  String id;
  String text;
  String externalId;

  Ent(EntityType type, String canon) {
    this.type = type;
    this.canon = canon;
  }

  int first() {
    return cands.get(0).start;
  }

  boolean inSentence(Doc doc, int sentence) {
    for (Cand c : cands) {
      if (doc.sentenceAt(c.start) == sentence) {
        return true;
      }
    }
    return false;
  }

  /** Occurrences in a sentence, in text order. */
  List<Cand> in(Doc doc, int sentence) {
    List<Cand> out = new ArrayList<>();
    for (Cand c : cands) {
      if (doc.sentenceAt(c.start) == sentence) {
        out.add(c);
      }
    }
    return out;
  }

  boolean is(String key) {
    return Boolean.TRUE.equals(attrs.get(key));
  }

  @Override
  public String toString() {
    return id + ":" + text;
  }
}
