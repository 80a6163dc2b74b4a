package eu.intercluster.extraction;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Rivers, lakes and mountain ranges named with their common noun are PLACEs of kind region (the schema has no
 * river, lake or mountain kind): "River Lee", "Lake Vellano", "Lago di Sorra", "Monti Lattari" keep the noun;
 * after a lower-case noun only the name is the place: "il fiume Sarno", "the river Vellan", "le fleuve Orne".
 */
final class Landforms {
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?";
  private static final Pattern TITLED = Pattern.compile("(?u)\\b(?:River|Lake|Lago|Lac|Fiume|Monti|Mountains"
      + "|Sierra|Río)(?:\\s(?:di|del|de|of|du|della))?\\s" + NAME + "|\\b(?!(?:The|A|An|In|On|Of|At|To|By)\\s)" + NAME
      + "\\s(?:River|Mountains)\\b");
  private static final Pattern LOWER = Pattern.compile("(?u)\\b(?:fiume|torrente|river|fleuve|rivière|río|rio"
      + "|lago|lake|lac|laguna|lagune|lagoon)\\s(" + NAME + ")");

  /** Lower-case stems one of the patterns needs; a text without any is not searched. */
  private static final String[] STEMS = {"river", "lake", "lago", "lac", "fiume", "monti", "mountains", "sierra",
      "río", "rio", "torrente", "fleuve", "rivière", "laguna", "lagune", "lagoon"};

  private Landforms() {}

  static void recognise(Doc doc) {
    if (doc.mentionsAny(STEMS)) {
      landforms(doc);
    }
    PlaceNameHeads.recognise(doc);
    BuildingNames.recognise(doc);
  }

  private static void landforms(Doc doc) {
    for (MatchResult t : WordStartMatches.of(doc, TITLED)) {
      add(doc, t.start(), t.end());
    }
    for (MatchResult l : WordStartMatches.of(doc, LOWER)) {
      int start = l.start(1);
      int end = l.end(1);
      if (doc.sentenceAt(start) == doc.sentenceAt(end - 1)) {
        doc.cands.removeIf(c -> c.type == EntityType.PLACE && "city".equals(c.kind) && c.start == start && c.end == end);
      }
      add(doc, start, end);
    }
  }

  private static void add(Doc doc, int start, int end) {
    if (!doc.coveredBy(start, end, Cand.PLACE) && doc.sentenceAt(start) == doc.sentenceAt(end - 1)) {
      doc.add(start, end, EntityType.PLACE, "region", Cand.KNOWN, "T:" + Norm.fold(doc.slice(start, end)));
    }
  }
}
