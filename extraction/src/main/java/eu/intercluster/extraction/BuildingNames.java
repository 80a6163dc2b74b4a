package eu.intercluster.extraction;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buildings and halls whose names the name chunks cut or type as bodies (guide sections 1 and 12: a venue or
 * building is a PLACE):
 * <ul>
 *   <li>venues with two coordinated heads, the name before them included: "Marina Bay Sands Expo and Convention
 *       Centre", "Elmia Exhibition and Congress Centre" (the chunks stopped at "and", leaving a fair and a centre);
 *   <li>the French seat of a regional or city government, without the town after it: "l'Hôtel de Région (de
 *       Dijon)", "l'Hôtel de Ville", "l'Hôtel du Département" (a building, not the Région as a body);
 *   <li>university halls: "Aula Magna", "Aula Magna del Rettorato", "Aula Magna di Sant'Agostino", "Aula
 *       Foscoliana", up to a body's name ("Aula Magna del Dipartimento di ..." is the hall alone);
 *   <li>Catalan congress and fair palaces: "Palau de Congressos de Palma", "Palau de Fires".
 * </ul>
 */
final class BuildingNames {
  private static final String WORD = "\\p{Lu}[\\p{L}\\d'’-]*";
  private static final Pattern COORDINATED = Pattern.compile("(?u)(?:\\b" + WORD + "\\s){0,4}"
      + "(?:Expo|Exhibition|Exposition|Trade|Congress|Conference|Convention|Sports|Events?|Fair)\\s(?:and|&)\\s"
      + "(?:Convention|Congress|Conference|Exhibition|Sports|Trade|Events?|Leisure)\\s(?:Centre|Center|Hall|Complex)\\b");
  private static final Pattern SEAT = Pattern.compile("(?u)\\b[Hh]ôtel\\s(?:de\\s(?:la\\s)?(?:Région|Ville|Métropole"
      + "|Préfecture)|du\\s(?:Département|Conseil\\sdépartemental))\\b");
  private static final Pattern HALL = Pattern.compile("(?u)\\b(?<hall>Aula\\s(?:Magna|\\p{Lu}\\p{Ll}+))(?:(?:\\s(?:del"
      + "|della|dello|di)\\s|\\sdell['’])(?<rest>(?:campus\\s(?:di\\s)?)?" + WORD + "(?:\\s" + WORD + ")?))?");
  private static final Pattern PALAU = Pattern.compile("(?u)\\bPalau\\s(?:de\\s(?:Congressos|Fires|la\\sMúsica"
      + "|l['’]Esport)|dels\\sEsports)(?:\\sde\\s" + WORD + ")?");
  /** Lower-case stems one of the patterns needs; a text without any is not searched. */
  private static final String[] STEMS = {" and ", " & ", "hôtel", "aula ", "palau "};
  private static final String[] ARTICLES = {"The ", "La ", "Le ", "Les ", "Il ", "El ", "Los ", "Las ", "L'", "L’"};

  private BuildingNames() {}

  static void recognise(Doc doc) {
    if (!doc.mentionsAny(STEMS)) {
      return;
    }
    Matcher c = COORDINATED.matcher(doc.text);
    while (c.find()) {
      add(doc, withoutArticle(doc, c.start(), c.end()), c.end(), "venue");
    }
    for (MatchResult s : WordStartMatches.of(doc, SEAT)) {
      add(doc, s.start(), s.end(), "building");
    }
    Matcher h = HALL.matcher(doc.text);
    while (h.find()) {
      add(doc, h.start(), hallEnd(doc, h), "venue");
    }
    for (MatchResult p : WordStartMatches.of(doc, PALAU)) {
      add(doc, p.start(), p.end(), "venue");
    }
  }

  /**
   * The hall's name ends before a body's name ("Aula Magna del Dipartimento di Scienze" is the hall alone) and takes
   * a second capitalised word only after a venue word ("Aula Magna del Palazzo Steri", not "Aula Magna del Rettorato
   * Vitrea S.r.l.").
   */
  private static int hallEnd(Doc doc, Matcher h) {
    if (h.start("rest") < 0) {
      return h.end();
    }
    String[] words = doc.slice(h.start("rest"), h.end("rest")).split("\\s");
    if (Lexicon.INSTANCE.inSection("org", words[0])) {
      return h.end("hall");
    }
    boolean oneName = words.length == 2 && !Lexicon.INSTANCE.inSection("venue", words[0]);
    return oneName ? h.start("rest") + words[0].length() : h.end();
  }

  /** A sentence's "The" is no part of the name, a known town's "Las" is ("Las Vegas Convention Center"). */
  private static int withoutArticle(Doc doc, int start, int end) {
    for (String a : ARTICLES) {
      if (doc.text.startsWith(a, start) && !doc.coveredBy(start, start + a.length() + 1, Cand.PLACE)) {
        return start + a.length();
      }
    }
    return start;
  }

  private static void add(Doc doc, int start, int end, String kind) {
    if (end > start && doc.sentenceAt(start) == doc.sentenceAt(end - 1) && !doc.coveredBy(start, end, Cand.PATTERN)) {
      doc.add(start, end, EntityType.PLACE, kind, Cand.PATTERN, "T:" + Norm.fold(doc.slice(start, end)));
    }
  }
}
