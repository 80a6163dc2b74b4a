package eu.intercluster.outcomes.web;

import eu.intercluster.meetings.RequestCounts;
import eu.intercluster.outcomes.EventStats;
import eu.intercluster.outcomes.FollowUpStatus;
import eu.intercluster.outcomes.MeetingResult;
import eu.intercluster.outcomes.OutcomeCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An event's statistics as titled tables of label and value, in the reader's language: what the
 * page shows (and charts), and what the CSV and XLSX exports contain.
 */
@Component
class StatsSections {

  /** One line of a table; {@code value} is a whole number, or a share/average already formatted. */
  record Row(String label, Object value) {}

  /** A titled table; {@code key} is stable across languages (CSV column, sheet, chart id). */
  record Section(String key, String title, List<Row> rows) {}

  private final MessageSource messages;

  StatsSections(MessageSource messages) {
    this.messages = messages;
  }

  List<Section> of(EventStats stats, Locale locale) {
    List<Section> sections = new ArrayList<>();
    sections.add(section("status", locale, rows(stats.registrationsByStatus(), "outcomes.stats.status.", locale)));
    sections.add(section("country", locale, rows(stats.registrationsByCountry(), null, locale)));
    sections.add(section("kind", locale, rows(stats.registrationsByKind(), "enum.OrganisationKind.", locale)));
    RequestCounts r = stats.requests();
    sections.add(section("requests", locale, List.of(row("sent", r.sent(), locale), row("accepted", r.accepted(), locale),
        row("declined", r.declined(), locale), row("expired", r.expired(), locale),
        row("pending", r.pending(), locale), row("cancelled", r.cancelled(), locale))));
    OutcomeCounts o = stats.outcomes();
    Double rate = o.noShowRate();
    sections.add(section("meetings", locale, List.of(row("registrations", stats.registrations(), locale),
        row("checkedIn", stats.checkedIn(), locale), row("booked", stats.meetings(), locale),
        row("scheduled", stats.scheduled(), locale), row("held", o.held(), locale),
        row("noShow", o.noShow(), locale),
        row("noShowRate", rate == null ? "–" : String.format(Locale.ROOT, "%.1f%%", rate * 100), locale))));
    Map<String, Long> results = new LinkedHashMap<>();
    for (MeetingResult result : MeetingResult.values()) {
      results.put(result.name(), o.outcomes().getOrDefault(result, 0L));
    }
    List<Row> outcomeRows = new ArrayList<>(rows(results, "outcomes.result.", locale));
    outcomeRows.add(row("feedbackCount", o.feedbackCount(), locale));
    outcomeRows.add(row("averageRating", o.averageRating() == null ? "–"
        : String.format(Locale.ROOT, "%.2f", o.averageRating()), locale));
    sections.add(section("outcomes", locale, outcomeRows));
    Map<String, Long> followUps = new LinkedHashMap<>();
    for (FollowUpStatus status : FollowUpStatus.values()) {
      followUps.put(status.name(), o.followUps().getOrDefault(status, 0L));
    }
    sections.add(section("followUps", locale, rows(followUps, "outcomes.followUp.status.", locale)));
    return sections;
  }

  /** Labels and numbers of a section, for a chart. */
  static Map<String, Object> chart(Section section, int rows) {
    List<Row> shown = section.rows().stream().filter(r -> r.value() instanceof Number).limit(rows).toList();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("title", section.title());
    chart.put("labels", shown.stream().map(Row::label).toList());
    chart.put("values", shown.stream().map(Row::value).toList());
    return chart;
  }

  private Section section(String key, Locale locale, List<Row> rows) {
    return new Section(key, messages.getMessage("outcomes.stats.section." + key, null, key, locale), rows);
  }

  private Row row(String key, Object value, Locale locale) {
    return new Row(messages.getMessage("outcomes.stats.row." + key, null, key, locale), value);
  }

  private List<Row> rows(Map<String, Long> counts, String labelPrefix, Locale locale) {
    return counts.entrySet().stream().map(e -> new Row(labelPrefix == null ? e.getKey()
        : messages.getMessage(labelPrefix + e.getKey(), null, e.getKey(), locale), e.getValue())).toList();
  }
}
