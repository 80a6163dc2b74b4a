package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the theme filter sees beyond the span itself: whether the rules gave the theme a carrier (HAS_THEME) and of
 * which type, whether that carrier is named in the theme's sentence, where in the text the theme first appears, and
 * how many other themes its sentence holds. Annotators write a theme only when they can attach it, so a rule theme
 * without a carrier is seldom gold, and one the rules tie to an event or agreement of its sentence often is.
 */
final class ThemeFilterFeatures {
  private static final int LEAD_SENTENCES = 3;
  private static final java.util.Set<EntityType> CARRIER_TYPES = java.util.EnumSet.of(EntityType.ORG,
      EntityType.EVENT, EntityType.AGREEMENT, EntityType.PROGRAMME);

  private ThemeFilterFeatures() {}

  static List<String> of(Extractor.Analysis a, Ent theme) {
    Doc doc = a.doc();
    int sentence = doc.sentenceAt(theme.first());
    TreeSet<String> carriers = new TreeSet<>();
    boolean near = false;
    for (Relation r : a.ctx().relations()) {
      Ent carrier = "HAS_THEME".equals(r.type()) && theme.id.equals(r.arg1()) ? byId(a, r.arg0()) : null;
      if (carrier != null) {
        carriers.add(carrier.type.name());
        near |= carrier.inSentence(doc, sentence);
      }
    }
    List<String> f = new ArrayList<>();
    f.add("carriers=" + (carriers.isEmpty() ? "none" : String.join("+", carriers)));
    carriers.forEach(c -> f.add("carrier=" + c));
    f.add("carrierNear=" + near);
    f.add("sentence=" + Math.min(sentence, LEAD_SENTENCES));
    int others = 0;
    for (Ent e : a.ctx().ents) {
      if (e.type == EntityType.THEME && !e.id.equals(theme.id) && e.inSentence(doc, sentence)) {
        others++;
      }
    }
    f.add("otherThemes=" + Math.min(others, 3));
    TreeSet<String> present = new TreeSet<>();
    for (Ent e : a.ctx().ents) {
      if (CARRIER_TYPES.contains(e.type) && e.inSentence(doc, sentence)) {
        present.add(e.type.name());
      }
    }
    present.forEach(p -> f.add("inSentence=" + p));
    int first = doc.tokenFrom(theme.first());
    f.add("before2=" + (first >= 2 ? doc.tokens.get(first - 2).folded() : "<s>"));
    f.add("speech=" + speech(doc, theme));
    return f;
  }

  /** Whether the theme is named only in direct speech ("all"), also there ("some") or never ("none"). */
  private static String speech(Doc doc, Ent theme) {
    List<int[]> spans = doc.directSpeech();
    int inside = 0;
    for (Cand c : theme.cands) {
      if (DirectSpeech.inside(spans, c.start)) {
        inside++;
      }
    }
    return inside == 0 ? "none" : inside == theme.cands.size() ? "all" : "some";
  }

  /** The entity with that id (looked up only for the theme's own HAS_THEME relations, not indexed per theme). */
  private static Ent byId(Extractor.Analysis a, String id) {
    for (Ent e : a.ctx().ents) {
      if (e.id.equals(id)) {
        return e;
      }
    }
    return null;
  }
}
