package eu.intercluster.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A mission, fair or delegation that runs over several days takes the run, not one of its days: "the
 * mission, from 26 to 30 January 2026 ... On 28 January the delegation met ..." gives the mission "from 26 to 30
 * January 2026". The day nearest to the event's mention is replaced by a run of days written elsewhere in the text
 * that holds it (same month, the day within the run); a day outside every run stays. A conference or forum keeps
 * its day: held inside a fair or mission, it is one day of the run ("Il 17 marzo, il convegno ..." within a fair
 * "dal 17 al 19 marzo"). A day told relative to the dateline ("ieri", "hoy") takes a run written elsewhere that holds
 * it or ended at most a week before it: "dal 6 al 12 ottobre ... ieri la missione ha presentato i risultati" is a
 * report of the mission's run, written the day after the reporting.
 */
final class DayRuns {
  private static final Set<String> RUNNING_KINDS = Set.of("mission", "fair", "delegation");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|°|º)?\\s+"
      + "(?:de\\s+)?" + DateRecogniser.MONTH_NAMES + "\\b");

  private DayRuns() {}

  static Doc.DateMention widen(Doc doc, Ent event, Doc.DateMention chosen) {
    if (chosen == null || !RUNNING_KINDS.contains(String.valueOf(event.attrs.get("kind")))
        || chosen.value().iso() != null && chosen.value().iso().contains("/")) {
      return chosen;
    }
    if (RelativeDates.fixedByDateline(chosen.value().text()) && chosen.value().iso() != null
        && chosen.value().iso().length() == 10) {
      LocalDate day = LocalDate.parse(chosen.value().iso());
      return firstRun(doc, chosen, (from, to) -> !day.isBefore(from) && !day.isAfter(to.plusDays(REPORTED_WITHIN_DAYS)));
    }
    List<MatchResult> days = DAY_OF_MONTH.matcher(chosen.value().text()).results().toList();
    if (days.size() != 1) {
      return chosen;
    }
    int dayNumber = Integer.parseInt(days.get(0).group(1));
    int month = DateRecogniser.month(days.get(0).group(2));
    return firstRun(doc, chosen, (from, to) -> {
      LocalDate inside = LocalDate.of(from.getYear(), month, dayNumber);
      return !inside.isBefore(from) && !inside.isAfter(to);
    });
  }

  /** How many days after a run a day told relative to the dateline may fall and still report it. */
  private static final int REPORTED_WITHIN_DAYS = 7;

  /** The first run of days written elsewhere in the text ("dal 6 al 12 ottobre") that fits, else the chosen date. */
  private static Doc.DateMention firstRun(Doc doc, Doc.DateMention chosen, BiPredicate<LocalDate, LocalDate> fits) {
    for (Doc.DateMention d : doc.dates) {
      String iso = d.value().iso();
      if (d != chosen && !d.dateline() && iso != null && iso.length() == 21 && iso.charAt(10) == '/') {
        try {
          LocalDate from = LocalDate.parse(iso.substring(0, 10));
          LocalDate to = LocalDate.parse(iso.substring(11));
          if (from.isBefore(to) && fits.test(from, to)) {
            return d;
          }
        } catch (RuntimeException e) {
          // not a run of days, or no such day in the run's year
        }
      }
    }
    return chosen;
  }
}
