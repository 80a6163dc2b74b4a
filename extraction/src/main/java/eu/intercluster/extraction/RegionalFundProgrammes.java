package eu.intercluster.extraction;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regional programmes of the EU cohesion funds named with their region and period: "PR FESR Liguria 2021-2027",
 * "PR Puglia FESR-FSE+ 2021-2027", "Programma regionale Puglia FESR-FSE+ 2021-2027", "FEDER Centre-Val de Loire
 * 2021-2027", "Programa FEDER de la Región de Murcia 2021-2027", "Programa FEDER de Castilla y León 2021-2027",
 * "ERDF Andalusia Programme 2021-2027". The period is required, so that a bare fund
 * acronym before a place ("FESR in Sardegna") stays the fund.
 */
final class RegionalFundProgrammes {
  private static final String FUND = "(?:FESR|Fesr|FSE\\+?|Fse\\+?|FEASR|Feasr|ERDF|ESF\\+?|FEDER|Feder|FSE\\+|EAFRD"
      + "|FEAMPA|EMFAF|JTF|FTJ)";
  private static final String FUNDS = FUND + "(?:\\s*[-–/]\\s*" + FUND + ")*";
  private static final String PREFIX = "(?:PR|Pr|POR|Por|PO|Programma regionale|Programma operativo regionale"
      + "|Regional Programme|Programme régional|Programme opérationnel régional|Programa regional|Programa operativo"
      + "|Programa|Programma|Programme)";
  private static final String WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
  private static final String REGION = WORD + "(?:\\s+(?:(?:de la|de l['’]|del|de|di|du|des|d['’]|y|e|i|et|and)\\s*)?"
      + WORD + "){0,3}";
  /** "ERDF Andalusia Programme 2021-2027": the programme noun after the region. */
  private static final String NOUN_AFTER = "(?:\\s+(?:Programme|Programma|Programa|Program))?";
  private static final String PERIOD = "\\d{4}\\s*[-–/]\\s*\\d{2,4}";
  private static final Pattern NAME = Pattern.compile("(?u)\\b(?:" + PREFIX + "\\s+)?(?:" + REGION + "\\s+)??" + FUNDS
      + "(?:\\s+(?:(?:de la|de l['’]|del|de|di|du|della|dell['’])\\s*)?" + REGION + ")?" + NOUN_AFTER + "\\s+" + PERIOD);

  private static final Pattern PREFIX_WORD = Pattern.compile("(?u)\\b" + PREFIX + "\\s");
  private static final Pattern FUND_WORD = Pattern.compile("(?u)\\b" + FUND);

  private RegionalFundProgrammes() {}

  static void recognise(Doc doc) {
    for (MatchResult m : WordStartMatches.of(doc, NAME)) {
      int start = start(doc.text, m.start(), m.end());
      if (doc.sentenceAt(start) == doc.sentenceAt(m.end() - 1)) {
        doc.add(start, m.end(), EntityType.PROGRAMME, "funding programme", Cand.PATTERN + 2,
            "T:" + Norm.fold(doc.slice(start, m.end())));
      }
    }
  }

  /**
   * The name starts at its programme prefix, or without one at the fund: "in Liguria FESR ..." is not a name, and a
   * programme noun after the region ("ERDF Andalusia Programme 2021-2027") is no prefix.
   */
  private static int start(String text, int from, int to) {
    Matcher f = FUND_WORD.matcher(text).region(from, to);
    int fund = f.find() ? f.start() : from;
    Matcher p = PREFIX_WORD.matcher(text).region(from, to);
    return p.find() && p.start() < fund ? p.start() : fund;
  }
}
