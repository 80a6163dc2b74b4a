package eu.intercluster.events.web;

import eu.intercluster.events.EventDetails;
import eu.intercluster.events.EventInput;
import eu.intercluster.events.EventKind;
import eu.intercluster.events.EventView;
import eu.intercluster.events.SchedulingMode;
import java.time.Instant;
import java.time.ZoneId;

/** The event create/edit form as typed (text), parsed into an {@link EventInput}. */
record EventForm(String title, String kind, String venue, String zone, String startDate, String endDate,
    String tables, String schedulingMode, String maxRequestsPerParticipant, String requestExpiryHours,
    String registrationOpens, String registrationCloses, String bookingOpens, String bookingCloses,
    String description) {

  static EventForm empty() {
    return new EventForm("", "BROKERAGE_EVENT", "", "Europe/Rome", "", "", "10", "SELF_SCHEDULING", "20", "72",
        "", "", "", "", "");
  }

  static EventForm of(EventDetails details) {
    EventView e = details.event();
    return new EventForm(e.title(), e.kind().name(), e.venue(), e.zone().getId(), e.startDate().toString(),
        e.endDate().toString(), String.valueOf(e.tables()), e.schedulingMode().name(),
        String.valueOf(e.maxRequestsPerParticipant()), String.valueOf(e.requestExpiry().toHours()),
        local(e.registrationOpens(), e.zone()), local(e.registrationCloses(), e.zone()),
        local(e.bookingOpens(), e.zone()), local(e.bookingCloses(), e.zone()), details.description());
  }

  private static String local(Instant instant, ZoneId zone) {
    return instant == null ? "" : instant.atZone(zone).toLocalDateTime().toString();
  }

  EventInput toInput() {
    FormValues v = new FormValues();
    EventInput input = new EventInput(title, v.choice("kind", EventKind.class, kind), venue, zone,
        v.date("startDate", startDate), v.date("endDate", endDate), v.integer("tables", tables, 0),
        v.choice("schedulingMode", SchedulingMode.class, schedulingMode),
        v.integer("maxRequestsPerParticipant", maxRequestsPerParticipant, 0),
        v.integer("requestExpiryHours", requestExpiryHours, 0),
        v.dateTime("registrationOpens", registrationOpens), v.dateTime("registrationCloses", registrationCloses),
        v.dateTime("bookingOpens", bookingOpens), v.dateTime("bookingCloses", bookingCloses), description);
    v.throwIfAny();
    return input;
  }
}
