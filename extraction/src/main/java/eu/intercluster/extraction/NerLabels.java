package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * BIO labels over the seven entity types (0 = O, then B- and I- per type), the gold labels of an annotated
 * text and the spans a label sequence stands for.
 */
final class NerLabels {
  static final int O = 0;
  private static final EntityType[] TYPES = EntityType.values();
  static final int COUNT = 1 + 2 * TYPES.length;

  private NerLabels() {}

  static int begin(EntityType t) {
    return 1 + 2 * t.ordinal();
  }

  static int inside(EntityType t) {
    return 2 + 2 * t.ordinal();
  }

  static EntityType type(int label) {
    return label == O ? null : TYPES[(label - 1) / 2];
  }

  static boolean isInside(int label) {
    return label != O && (label - 1) % 2 == 1;
  }

  static String name(int label) {
    return label == O ? "O" : (isInside(label) ? "I-" : "B-") + type(label).name();
  }

  /** An I- label continues a B- or I- label of the same type; everything else may follow anything. */
  static boolean allowed(int previous, int label) {
    return !isInside(label) || previous != O && type(previous) == type(label);
  }

  /**
   * Gold labels for the tokens of the body: every exact occurrence of an entity's text and mentions, longer
   * occurrences first, overlapping ones dropped, and only where the occurrence starts and ends on token edges.
   */
  static int[] gold(JsonNode gold, Doc doc) {
    List<NerSpan> found = new ArrayList<>();
    for (JsonNode e : gold.path("entities")) {
      EntityType type = EntityType.valueOf(e.path("type").asText());
      List<String> surfaces = new ArrayList<>();
      surfaces.add(e.path("text").asText());
      e.path("mentions").forEach(m -> surfaces.add(m.asText()));
      for (String s : surfaces) {
        for (int at = s.isEmpty() ? -1 : doc.text.indexOf(s); at >= 0; at = doc.text.indexOf(s, at + 1)) {
          found.add(new NerSpan(at, at + s.length(), type));
        }
      }
    }
    found.sort(Comparator.comparingInt((NerSpan s) -> s.start() - s.end()).thenComparingInt(NerSpan::start));
    int[] labels = new int[doc.tokens.size()];
    boolean[] taken = new boolean[doc.tokens.size()];
    for (NerSpan s : found) {
      int first = doc.tokenFrom(s.start());
      int last = first;
      while (last < doc.tokens.size() && doc.tokens.get(last).end() < s.end()) {
        last++;
      }
      boolean aligned = first < doc.tokens.size() && doc.tokens.get(first).start() == s.start()
          && last < doc.tokens.size() && doc.tokens.get(last).end() == s.end();
      if (!aligned || anyTaken(taken, first, last)) {
        continue;
      }
      for (int i = first; i <= last; i++) {
        taken[i] = true;
        labels[i] = i == first ? begin(s.type()) : inside(s.type());
      }
    }
    return labels;
  }

  private static boolean anyTaken(boolean[] taken, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /** The spans of a label sequence over tokens [from, from + labels.length) of the document. */
  static List<NerSpan> spans(Doc doc, int from, int[] labels) {
    List<NerSpan> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= labels.length; i++) {
      boolean continues = i < labels.length && isInside(labels[i]) && start >= 0
          && type(labels[i]) == type(labels[start]);
      if (start >= 0 && !continues) {
        out.add(new NerSpan(doc.tokens.get(from + start).start(), doc.tokens.get(from + i - 1).end(),
            type(labels[start])));
        start = -1;
      }
      if (i < labels.length && labels[i] != O && !continues) {
        start = i;
      }
    }
    return out;
  }
}
