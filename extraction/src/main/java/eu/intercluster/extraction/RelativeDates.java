package eu.intercluster.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dates told relative to the day of writing: "oggi", "ieri", "this morning", "domani" (fixed by the dateline),
 * weekdays ("on Monday", "el pasado miércoles", "giovedì e venerdì scorsi"; "este lunes" and "ce jeudi" fixed only
 * when the dateline falls on that weekday) and weeks or months ("la settimana scorsa", "next month"), which the
 * text does not fix.
 */
final class RelativeDates {
  private static final String[][] DAYS = {
      {"lunedì", "lunedi", "monday", "lundi", "lunes"}, {"martedì", "martedi", "tuesday", "mardi", "martes"},
      {"mercoledì", "mercoledi", "wednesday", "mercredi", "miércoles", "miercoles"},
      {"giovedì", "giovedi", "thursday", "jeudi", "jueves"}, {"venerdì", "venerdi", "friday", "vendredi", "viernes"},
      {"sabato", "saturday", "samedi", "sábado"}, {"domenica", "sunday", "dimanche", "domingo"}};
  private static final Map<String, DayOfWeek> DAY_OF_WEEK = new java.util.HashMap<>();

  static {
    for (int i = 0; i < DAYS.length; i++) {
      for (String d : DAYS[i]) {
        DAY_OF_WEEK.put(Norm.fold(d), DayOfWeek.of(i + 1));
      }
    }
  }

  /** A weekday name in any of the four languages (no capturing group). */
  static final String WEEKDAY = "(?:" + String.join("|", java.util.Arrays.stream(DAYS).flatMap(java.util.Arrays::stream)
      .toList()) + ")";
  private static final String TIME_OF_DAY = "(?:mattina|pomeriggio|sera|morning|afternoon|evening|night|matin"
      + "|après-midi|soir|por la mañana|por la tarde)";
  private static final String THIS = "(?:ce|cette|este|esta|questo|questa|this)";
  static final Pattern WEEKDAYS = Pattern.compile("(?iu)\\b(?:(?:on|el|le|il|lo|" + THIS.substring(3, THIS.length() - 1)
      + "|last|next|dernier|pasado|el pasado|el próximo|lo scorso|la scorsa)\\s+)?" + WEEKDAY
      + "(?:\\s+(?:e|and|et|y)\\s+" + WEEKDAY + ")?(?:\\s+(?:scors[oia]|prossim[oa]|dernier|prochain|pasado|próximo"
      + "|last|" + TIME_OF_DAY.substring(3, TIME_OF_DAY.length() - 1) + "))?\\b");
  static final Pattern RELATIVE = Pattern.compile("(?iu)\\b(?:(?:lo|la|il|the|el|le)\\s+)?(?:(?:scors[oa]"
      + "|prossim[oa]|last|next|pasad[oa]|próxim[oa]|dernier|dernière|prochain|prochaine)\\s+(?:"
      + DateRecogniser.MONTH_NAMES + "|settimana|mese|anno|week|month|year|semana|mes|año|semaine|mois|année)"
      + "|(?:settimana|mese|anno|semana|mes|año|semaine|mois|année)\\s+(?:scors[oa]|prossim[oa]|pasad[oa]|próxim[oa]"
      + "|dernière|dernier|prochaine|prochain)"
      + "|" + THIS + "\\s+(?:settimana|mese|week|month|semana|mes|semaine|mois|mattina|morning|mañana|matin)"
      + "|ieri e oggi|yesterday and today|hier et aujourd'hui|hier et aujourd’hui|ayer y hoy"
      + "|stamattina|stamani|stamane|recentemente|recently|récemment|recientemente|oggi|today|aujourd'hui|aujourd’hui"
      + "|hoy|ieri(?:\\s+" + TIME_OF_DAY + ")?|yesterday|hier|ayer|anoche|last night|domani|tomorrow|demain)\\b");

  private RelativeDates() {}

  /** Lower-case stems that every weekday name or season word of the patterns contains, to skip texts without one. */
  static final String[] WEEKDAY_STEMS = {"lun", "mart", "mard", "merc", "mier", "miér", "giov", "jeu", "juev", "vener", "vendr",
      "vier", "sab", "sáb", "sam", "dom", "dim", "day"};
  static final String[] SEASONS = {"primavera", "estate", "autunno", "inverno", "spring", "summer", "autumn", "fall",
      "winter", "printemps", "été", "automne", "hiver", "verano", "otoño", "invierno"};

  static boolean isWeekday(String word) {
    return DAY_OF_WEEK.containsKey(Norm.fold(word));
  }

  /** Whether the expression names a day fixed by the dateline alone ("oggi", "yesterday", "hier soir"). */
  static boolean fixedByDateline(String expression) {
    String f = Norm.fold(expression);
    return daysAfterDateline(f) != null || TWO_DAYS.matcher(f).matches();
  }

  /** "ieri e oggi", "yesterday and today" (folded): the two days before and of the dateline. */
  private static final Pattern TWO_DAYS = Pattern.compile("(ieri|yesterday|hier|ayer) (e|and|et|y) (oggi|today|aujourd.hui|hoy)");

  /** 0 for "oggi", -1 for "ieri", 1 for "domani" (folded), else null. */
  private static Integer daysAfterDateline(String f) {
    if (f.matches("oggi|today|aujourd.hui|hoy|stamattina|stamani|stamane|(questa|this|esta|ce) (mattina|morning|manana"
        + "|matin)")) {
      return 0;
    }
    if (f.matches("ieri( (mattina|pomeriggio|sera))?|yesterday|hier|ayer|anoche|last night")) {
      return -1;
    }
    return f.matches("domani|tomorrow|demain") ? 1 : null;
  }

  /** The ISO value of a relative expression under the dateline, or null when the text does not fix it. */
  static String iso(String expression, String dateline) {
    if (dateline == null) {
      return null;
    }
    String f = Norm.fold(expression);
    LocalDate day = LocalDate.parse(dateline);
    if (TWO_DAYS.matcher(f).matches()) {
      return day.minusDays(1) + "/" + day;
    }
    Integer days = daysAfterDateline(f);
    if (days != null) {
      return day.plusDays(days).toString();
    }
    String[] w = f.split(" ");
    if (w.length == 2 && w[0].matches("ce|este|questo|this") && day.getDayOfWeek() == DAY_OF_WEEK.get(w[1])) {
      return dateline;
    }
    return null;
  }
}
