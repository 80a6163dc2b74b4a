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
        .append("|january|february|march|april|may|june|july|august|september|october|november|december")
        .append("|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|décembre")
        .append("|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre");
    M = "(" + alt + ")";
  }

  private static final Pattern RANGE = Pattern.compile("(?iu)\\b(?:dal |from |du |del )?(\\d{1,2})(?:st|nd|rd|th)?"
      + "\\s*(?:-|–|e|and|al|all'|all’|to|au|et|y)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:de\\s+)?" + M
      + "(?:\\s+(?:de\\s+)?(\\d{4}))?");
  private static final Pattern FULL = Pattern.compile("(?iu)\\b(?:(?:lo|il|la|el|le)\\s+)?(?:(scors[oa]|prossim[oa]"
      + "|pasado|dernier|passato)\\s+)?(\\d{1,2})(?:st|nd|rd|th|°|º)?\\s+(?:de\\s+)?" + M
      + "(?:,?\\s+(?:de\\s+)?(\\d{4}))?");
  private static final Pattern MONTH_FIRST = Pattern.compile("(?u)\\b" + capital(M) + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
      + ",?\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)\\b(?:(?:a|in|en|nel|di|del|de)\\s+)?" + M
      + "\\s+(?:de\\s+|del\\s+)?(\\d{4})");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern RELATIVE = Pattern.compile("(?iu)\\b(?:(?:lo|la|il|the|el|le)\\s+)?(?:(?:scors[oa]"
      + "|prossim[oa]|last|next|pasad[oa]|próxim[oa]|dernier|dernière|prochain|prochaine)\\s+(?:"
      + M + "|settimana|mese|anno|week|month|year|semana|mes|año|semaine|mois|année)"
      + "|(?:settimana|mese|anno|semana|mes|año)\\s+(?:scors[oa]|prossim[oa]|pasad[oa]|próxim[oa])"
      + "|recentemente|recently|récemment|recientemente|oggi|today|aujourd'hui|aujourd’hui|hoy|ieri|yesterday"
      + "|hier|ayer)\\b");
  private static final Pattern DATELINE = Pattern.compile("^\\s*[\\p{Lu}][\\p{L} '’-]{1,40},\\s+(?:\\p{L}+\\s+)?"
      + "(\\d{1,2})\\s+" + M + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DateRecogniser() {}

  private static String capital(String alt) {
    return "((?i:" + alt.substring(1, alt.length() - 1) + "))";
  }

  static void recognise(Doc doc) {
    Matcher d = DATELINE.matcher(doc.text);
    if (d.find()) {
      doc.dateline = iso(d.group(3), month(d.group(2)), d.group(1));
      int comma = doc.text.indexOf(',', d.start());
      String place = doc.text.substring(d.start(), comma).strip();
      int st = doc.text.indexOf(place, d.start());
      if (doc.dateline != null && !place.isEmpty() && place.split("\\s+").length <= 3) {
        Cand c = doc.add(st, st + place.length(), EntityType.PLACE, "city", Cand.WEAK + 1, "T:" + Norm.fold(place));
        c.generic = false;
      }
    }
    boolean[] used = new boolean[doc.text.length() + 1];
    find(doc, RANGE, used, m -> range(m));
    find(doc, ISO, used, m -> m.group());
    find(doc, MONTH_FIRST, used, m -> iso(m.group(3), month(m.group(1)), m.group(2)));
    find(doc, FULL, used, m -> m.group(1) != null || m.group(4) == null ? null
        : iso(m.group(4), month(m.group(3)), m.group(2)));
    find(doc, MONTH_YEAR, used, m -> iso(m.group(2), month(m.group(1)), null));
    find(doc, RELATIVE, used, m -> {
      String f = Norm.fold(m.group());
      if (doc.dateline != null && (f.equals("oggi") || f.equals("today") || f.startsWith("aujourd") || f.equals("hoy"))) {
        return doc.dateline;
      }
      if (doc.dateline != null && (f.equals("ieri") || f.equals("yesterday") || f.equals("hier") || f.equals("ayer"))) {
        return LocalDate.parse(doc.dateline).minusDays(1).toString();
      }
      return null;
    });
    doc.dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  private static void find(Doc doc, Pattern p, boolean[] used, java.util.function.Function<Matcher, String> iso) {
    Matcher m = LowerCasePatterns.matcher(doc, p);
    boolean twin = m.pattern() != p;
    int[] starts = doc.wordStarts();
    MatchStarts matchStarts = twin ? LowerCasePatterns.starts(m.pattern()) : null;
    int next = 0;
    int pos = 0;
    while (true) {
      boolean found = false;
      if (!twin) {
        found = m.find();
      } else {
        while (next < starts.length && !found) {
          int st = starts[next++];
          if (st >= pos && matchStarts.mayStartWith(doc.lower.charAt(st))) {
            m.region(st, doc.lower.length());
            found = m.lookingAt();
          }
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
      boolean dateline = doc.dateline != null && m.start() < 60 && doc.dates.isEmpty()
          && doc.text.substring(0, m.start()).indexOf('\n') < 0;
      doc.dates.add(new Doc.DateMention(m.start(), m.end(), new DateValue(doc.text.substring(m.start(), m.end()).strip(), iso.apply(m)), dateline));
    }
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
