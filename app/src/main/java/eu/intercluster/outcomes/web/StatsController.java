package eu.intercluster.outcomes.web;

import eu.intercluster.events.EventView;
import eu.intercluster.outcomes.EventStatistics;
import eu.intercluster.outcomes.EventStats;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Event statistics for organisers: a page with charts and the same numbers in tables, CSV and XLSX. */
@Controller
class StatsController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final EventStatistics statistics;
  private final StatsSections sections;
  private final EventGuard guard;

  StatsController(EventStatistics statistics, StatsSections sections, EventGuard guard) {
    this.statistics = statistics;
    this.sections = sections;
    this.guard = guard;
  }

  @GetMapping("/events/{eventId}/stats")
  String page(@PathVariable long eventId, Model model, Locale locale) {
    EventView event = guard.organisedEvent(eventId);
    List<StatsSections.Section> tables = sections.of(statistics.stats(eventId), locale);
    Map<String, Object> charts = new LinkedHashMap<>();
    for (StatsSections.Section section : tables) {
      switch (section.key()) {
        case "country", "kind" -> charts.put(section.key(), StatsSections.chart(section, 12));
        case "requests", "outcomes" -> charts.put(section.key(), StatsSections.chart(section, 6));
        default -> { }
      }
    }
    model.addAttribute("event", event);
    model.addAttribute("sections", tables);
    model.addAttribute("charts", charts);
    return "outcomes/stats";
  }

  @GetMapping("/events/{eventId}/stats.csv")
  ResponseEntity<byte[]> csv(@PathVariable long eventId, Locale locale) {
    guard.organisedEvent(eventId);
    EventStats stats = statistics.stats(eventId);
    byte[] body = StatsExport.csv(sections.of(stats, locale)).getBytes(StandardCharsets.UTF_8);
    return file(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "event-" + eventId + "-stats.csv");
  }

  @GetMapping("/events/{eventId}/stats.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long eventId, Locale locale) {
    guard.organisedEvent(eventId);
    EventStats stats = statistics.stats(eventId);
    return file(StatsExport.xlsx(stats.eventTitle(), sections.of(stats, locale)), XLSX,
        "event-" + eventId + "-stats.xlsx");
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
