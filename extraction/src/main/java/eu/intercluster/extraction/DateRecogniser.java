package eu.intercluster.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions in it/en/fr/es with ISO values where the text fixes them: full dates, day ranges, month
 * and year; "oggi"/"today" resolved against a dateline ("Bologna, 5 settembre 2025 –"); yearless and
 * relative dates ("lo scorso 4 febbraio", "last November", "la scorsa settimana") keep iso null.
 */
final class DateRecogniser {
  static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final String M;
  /** The month names of the four languages as one capturing group. */
  static final String MONTH_NAMES;

  static {
    String[][] names = {
        {"gennaio", "january", "janvier", "enero", "jan"}, {"febbraio", "february", "fevrier", "febrero", "feb"},
        {"marzo", "march", "mars", "mar"}, {"aprile", "april", "avril", "abril", "apr"},
        {"maggio", "may", "mai", "mayo"}, {"giugno", "june", "juin", "junio", "jun"},
        {"luglio", "july", "juillet", "julio", "jul"}, {"agosto", "august", "aout", "aug"},
        {"settembre", "september", "septembre", "septiembre", "sep", "sept"},
        {"ottobre", "october", "octobre", "octubre", "oct"}, {"novembre", "november", "noviembre", "nov"},
        {"dicembre", "december", "decembre", "diciembre", "dec"}};
    StringBuilder alt = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        MONTHS.put(n, i + 1);
      }
    }
    alt.append("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre")
        // "mayo" before "may", so that "el 8 de mayo" keeps its whole month
        .append("|january|february|march|april|mayo|may|june|july|august|september|october|november|december")
        .append("|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|décembre")
        .append("|enero|febrero|abril|junio|julio|septiembre|octubre|noviembre|diciembre");
    M = "(" + alt + ")";
    MONTH_NAMES = M;
  }

  private static final Pattern RANGE = Pattern.compile("(?iu)\\b(?:(?:dal|from|du|del|les|il|le|el|on|between|entre el|entre le)\\s+)?(\\d{1,2})(?:st|nd|rd|th|er)?"
      + "\\s*(?:-|–|e|and|al|all'|all’|to|au|et|y)\\s*(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:de\\s+)?" + M
      + "(?:\\s+(?:de\\s+)?(\\d{4}))?");
  private static final Pattern FULL = Pattern.compile("(?iu)\\b(?:(?:lo|il|la|el|le|on|ce|este)\\s+)?(?:" + RelativeDates.WEEKDAY
      + ",?\\s+)?(?:(scors[oa]|prossim[oa]"
      + "|pasado|próxim[oa]|dernier|passato)\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|°|º)?\\s+(?:de\\s+)?" + M
      + "(?:,?\\s+(?:de\\s+)?(\\d{4}))?");
  private static final Pattern MONTH_FIRST = Pattern.compile("(?u)\\b" + capital(M) + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
      + ",?\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)\\b(?:(?:a|in|en|nel|di|del|de)\\s+)?" + M
      + "\\s+(?:de\\s+|del\\s+)?(\\d{4})");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTHS_RANGE = Pattern.compile("(?iu)\\b(?:(?:dal|from|du|del|between|entre el|entre le)"
      + "\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|°)?\\s+(?:de\\s+)?" + M + "\\s*(?:-|–|al|all'|all’|to|until|au|and|et|y|e)\\s*"
      + "(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:de\\s+)?" + M + "(?:,?\\s+(?:de\\s+)?(\\d{4}))?");
  private static final Pattern MONTH_ALONE = Pattern.compile("(?iu)\\b(?:a|in|en|entro|ad|à|nel mese di|au mois de"
      + "|a fine|a inizio|a metà|in early|in late|in mid-|fin|début|mi-|a finales de|a principios de)\\s+" + M + "\\b");
  /** "a" only before an Italian season: "a primavera", never the French "a été" (has been) or "a summer school". */
  private static final Pattern SEASON = Pattern.compile("(?iu)\\b(?:(?:in|nella|nell'|nell’|en la|en el|en|au|à l'|à l’"
      + "|in the|this|next|la prossima|el próximo|la próxima)\\s+(?:primavera|estate|autunno|inverno|spring|summer|autumn"
      + "|fall|winter|printemps|été|automne|hiver|verano|otoño|invierno)|a\\s+(?:primavera|estate|autunno|inverno))"
      + "(?:\\s+(?:del\\s+|de\\s+|of\\s+)?(\\d{4}))?\\b");
  private static final Pattern YEAR = Pattern.compile("(?iu)\\b(?:nel|in|en|entro il|by)\\s+(\\d{4})\\b(?![-–/]\\d)");
  private static final Pattern ON_BEFORE_DAY = Pattern.compile("(?i)^on\\s+(?=(?:\\p{L}+,?\\s+)?\\d)");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{L}*\\s\\p{Lu}");

  private DateRecogniser() {}

  private static String capital(String alt) {
    return "((?i:" + alt.substring(1, alt.length() - 1) + "))";
  }

  static void recognise(Doc doc) {
    Dateline.Found line = Dateline.find(doc.text);
    if (line != null) {
      doc.dateline = line.iso();
      String place = line.place();
      if (place != null && !place.isEmpty() && place.split("\\s+").length <= 3) {
        Cand c = doc.add(line.placeStart(), line.placeStart() + place.length(), EntityType.PLACE, "city", Cand.WEAK + 1,
            "T:" + Norm.fold(place));
        c.generic = false;
      }
    }
    boolean[] used = new boolean[doc.text.length() + 1];
    MonthWindows months = MonthWindows.of(doc);
    if (months.any()) {
      find(doc, line, MONTHS_RANGE, used, months, m -> m.group(5) == null ? null
          : iso(m.group(5), month(m.group(2)), m.group(1)) + "/" + iso(m.group(5), month(m.group(4)), m.group(3)));
      find(doc, line, RANGE, used, months, m -> range(m));
    }
    find(doc, line, ISO, used, MonthWindows.ANYWHERE, m -> m.group());
    if (months.any()) {
      find(doc, line, MONTH_FIRST, used, months, m -> iso(m.group(3), month(m.group(1)), m.group(2)));
      find(doc, line, FULL, used, months, m -> m.group(1) != null || m.group(4) == null ? null
          : iso(m.group(4), month(m.group(3)), m.group(2)));
      find(doc, line, MONTH_YEAR, used, months, m -> iso(m.group(2), month(m.group(1)), null));
      find(doc, line, MONTH_ALONE, used, months, m -> null);
    }
    if (doc.mentionsAny(RelativeDates.SEASONS)) {
      find(doc, line, SEASON, used, MonthWindows.ANYWHERE, m -> m.group(1));
    }
    find(doc, line, YEAR, used, MonthWindows.ANYWHERE, m -> Integer.parseInt(m.group(1)) >= 1900 ? m.group(1) : null);
    find(doc, line, RelativeDates.RELATIVE, used, MonthWindows.ANYWHERE, m -> RelativeDates.iso(m.group(), doc.dateline));
    if (doc.mentionsAny(RelativeDates.WEEKDAY_STEMS)) {
      find(doc, line, RelativeDates.WEEKDAYS, used, MonthWindows.ANYWHERE,
          m -> RelativeDates.iso(m.group(), doc.dateline));
    }
    doc.dates.removeIf(d -> givenName(doc, d));
    doc.dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  /** "Domenica Ferri", "Plácido Domingo": a capitalised weekday name before another capitalised word is a name. */
  private static boolean givenName(Doc doc, Doc.DateMention d) {
    return !"en".equals(doc.lang) && RelativeDates.isWeekday(d.value().text())
        && CAPITALISED_WORD.matcher(doc.text).region(d.start(), Math.min(doc.text.length(), d.end() + 2)).lookingAt();
  }

  /**
   * Matches of p not overlapping earlier ones; months: where a match may start (a month name must follow). Every
   * pattern here opens with {@code \b} before a letter or digit, so only the starts of letter runs are tried (word
   * starts on a lower-case twin), as in {@link WordStartMatches}.
   */
  private static void find(Doc doc, Dateline.Found line, Pattern p, boolean[] used, MonthWindows months,
      java.util.function.Function<Matcher, String> iso) {
    Matcher m = LowerCasePatterns.matcher(doc, p);
    boolean twin = m.pattern() != p;
    if (!twin) {
      m.useTransparentBounds(true).useAnchoringBounds(false); // as find() sees the text around a start
    }
    int[] starts = twin ? doc.wordStarts() : doc.letterRunStarts();
    MatchStarts matchStarts = LowerCasePatterns.starts(m.pattern());
    String text = twin ? doc.lower : doc.text;
    int next = 0;
    int pos = 0;
    while (true) {
      boolean found = false;
      while (next < starts.length && !found) {
        int st = starts[next++];
        if (st >= pos && (!twin || months.mayStartAt(st)) && matchStarts.mayStartAt(text, st)) {
          m.region(st, text.length());
          found = m.lookingAt();
        }
      }
      if (!found) {
        break;
      }
      pos = Math.max(m.end(), m.start() + 1);
      if (used[m.start()] || used[m.end() - 1]) {
        continue;
      }
      for (int i = m.start(); i < m.end(); i++) {
        used[i] = true;
      }
      boolean dateline = line != null && m.start() < line.end() && m.end() > line.start();
      String written = withoutLeadingOn(doc, doc.text.substring(m.start(), m.end()).strip());
      doc.dates.add(new Doc.DateMention(m.start(), m.end(), new DateValue(written, iso.apply(m)), dateline));
    }
  }

  /**
   * An English day date is written without its "on" ("on 13 November" -> "13 November", "on Tuesday 24 June" ->
   * "Tuesday 24 June"; the annotators leave it out 119 times against 42), a weekday alone keeps it ("on Monday":
   * kept 27 times against 3). The Romance articles stay ("il 12 marzo", "le 4 juin"), as the annotators write them.
   */
  private static String withoutLeadingOn(Doc doc, String text) {
    return "en".equals(doc.lang) ? ON_BEFORE_DAY.matcher(text).replaceFirst("") : text;
  }

  private static String range(Matcher m) {
    if (m.group(4) == null) {
      return null;
    }
    int month = month(m.group(3));
    return iso(m.group(4), month, m.group(1)) + "/" + iso(m.group(4), month, m.group(2));
  }

  static int month(String name) {
    return MONTHS.getOrDefault(Norm.fold(name).replace(".", ""), 0);
  }

  static String iso(String year, int month, String day) {
    if (year == null || month == 0) {
      return null;
    }
    try {
      if (day == null) {
        return String.format("%s-%02d", year, month);
      }
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
