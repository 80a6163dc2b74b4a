package eu.intercluster.extraction;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place names made of a geographic head and a name are PLACEs of kind region, head included: valleys, gulfs, bays,
 * islands and straits ("Val di Sole", "Valle del Maule", "golfo de Corinto", "bahía de Cádiz", "îles
 * Lavezzi", "Riviera del Brenta"); a bare "Val X" only after an article or a locative ("in Val Seriana"), since "Val"
 * is also a given name ("Val Kilmer"). Compass regions are one place: "southern Europe", "northern Germany", "the
 * north of England", "Polonia centrale", "sur de Europa". Neither inside a longer capitalised name ("Consorzio Val di
 * Sole", "Western China International Expo City"), and at the priority of a place, so that an organisation named
 * after one stays whole ("Università della Valle d'Aosta", "University of Southern Denmark").
 */
final class PlaceNameHeads {
  private static final String NAME = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?";
  private static final String OF = "(?:di|del|della|dello|dei|delle|degli|dell['’]|de|del|de\\sla|de\\slos|de\\slas"
      + "|du|des|de\\sl['’]|d['’]|of|of\\sthe)";
  private static final Pattern HEAD_OF = Pattern.compile("(?u)\\b(?:[Vv]al|[Vv]alle|Vall|[Vv]allée|[Gg]olfo|[Gg]olfe"
      + "|Gulf|Bay|[Bb]ahía|[Bb]aia|[Bb]aie|[Ii]sola|[Ii]sole|[Îî]le|[Îî]les|[Ii]sla|[Ii]slas|Riviera|[Cc]anale"
      + "|[Ss]tretto|[Ee]strecho|[Dd]étroit|[Pp]enisola|[Pp]enínsula|[Pp]éninsule|[Rr]ía|Campo)\\s"
      + OF + "\\s?" + NAME);
  private static final Pattern BARE_HEAD = Pattern.compile("(?u)\\b(?:Val|Valle|[Îî]les|[Ii]sole|[Ii]slas|Riviera)\\s"
      + "(?!" + OF + "\\s)" + NAME);
  private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?iu)(?:^|\\s)(?:in|nella|nelle|della|delle|la|le|les"
      + "|las|dalla|alla|sulla|en|aux|des|the|dans\\sles|à|a|de|di|da|per|of|to)\\s$");
  private static final String COMPASS = "(?:north|south|east|west|north-east|north-west|south-east|south-west"
      + "|northeast|northwest|southeast|southwest)";
  private static final String COMPASS_ADJECTIVE = "(?:central|northern|southern|eastern|western|north-eastern"
      + "|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)";
  private static final Pattern COMPASS_BEFORE = Pattern.compile("(?iu)\\b(?:" + COMPASS_ADJECTIVE + "|" + COMPASS
      + "\\sof(?:\\sthe)?"
      + "|(?:nord|sud|ovest|centro|norte|sur|oeste|ouest|centre|noreste|noroeste|sureste|suroeste|nord-est"
      + "|nord-ovest|sud-est|sud-ovest|nord-ouest|sud-ouest)"
      + "\\s(?:de\\sla|de\\sl['’]|de|del|du|dell['’]|della|di))\\s$");
  private static final Pattern COMPASS_AFTER = Pattern.compile("(?u)^\\s(settentrionale|meridionale|centrale"
      + "|orientale|occidentale|centro-orientale|centro-settentrionale|centro-meridionale|nord-orientale"
      + "|nord-occidentale|sud-orientale|sud-occidentale|septentrional|meridional|central|oriental|occidental"
      + "|orientali|occidentali|centrali|settentrionali|meridionali|orientales|occidentales|centrales)\\b");

  private PlaceNameHeads() {}

  static void recognise(Doc doc) {
    for (MatchResult m : WordStartMatches.of(doc, HEAD_OF)) {
      if (!doc.coveredBy(m.start(), m.start() + 1, Cand.PLACE)) {
        add(doc, m.start(), m.end());
      }
    }
    for (MatchResult b : WordStartMatches.of(doc, BARE_HEAD)) {
      String before = doc.text.substring(Math.max(0, b.start() - 16), b.start());
      if (LOCATIVE_BEFORE.matcher(before).find() && !doc.coveredBy(b.start(), b.start() + 1, Cand.PLACE)) {
        add(doc, b.start(), b.end());
      }
    }
    compassRegions(doc);
  }

  private static void compassRegions(Doc doc) {
    for (Cand c : java.util.List.copyOf(doc.cands)) {
      if (c.type != EntityType.PLACE || c.placeId == null || "city".equals(c.kind)) {
        continue;
      }
      int from = Math.max(0, c.start - 30);
      Matcher before = COMPASS_BEFORE.matcher(doc.text.substring(from, c.start));
      int at = before.find() ? from + before.start() : -1;
      if (at == 0 || at > 0 && !Character.isLetter(doc.text.charAt(at - 1))) {
        add(doc, at, c.end);
        continue;
      }
      Matcher after = COMPASS_AFTER.matcher(doc.text.substring(c.end, Math.min(doc.text.length(), c.end + 30)));
      if (after.find()) {
        add(doc, c.start, c.end + after.end());
      }
    }
  }

  private static void add(Doc doc, int start, int end) {
    int t = doc.tokenAt(start);
    int u = doc.tokenAt(end - 1) + 1;
    boolean insideName = t > 0 && doc.tokens.get(t - 1).isUpper() && doc.tokens.get(t - 1).isWord()
        && doc.text.substring(doc.tokens.get(t - 1).end(), start).equals(" ")
        && doc.sentence(doc.sentenceAt(start)).first() != t - 1
        || u < doc.tokens.size() && doc.tokens.get(u).isUpper() && doc.tokens.get(u).isWord()
        && doc.text.substring(end, doc.tokens.get(u).start()).equals(" ");
    if (!insideName && !doc.coveredBy(start, end, Cand.KNOWN) && doc.sentenceAt(start) == doc.sentenceAt(end - 1)) {
      doc.add(start, end, EntityType.PLACE, "region", Cand.PLACE, "T:" + Norm.fold(doc.slice(start, end)));
    }
  }
}
