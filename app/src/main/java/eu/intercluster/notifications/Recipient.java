package eu.intercluster.notifications;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.notifications.MailContent.MailLink;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The participant a mail is written for, with the event, their language and the helpers that
 * write texts, links and local times in it.
 */
final class Recipient {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final EventView event;
  private final ParticipantView participant;
  private final Locale locale;
  private final MessageSource messages;
  private final MailSettings settings;

  Recipient(EventView event, ParticipantView participant, MessageSource messages, MailSettings settings) {
    this.event = event;
    this.participant = participant;
    this.locale = localeOf(participant);
    this.messages = messages;
    this.settings = settings;
  }

  /** Italian when the participant's first language is Italian, English otherwise. */
  static Locale localeOf(ParticipantView participant) {
    List<String> languages = participant.languages();
    return !languages.isEmpty() && languages.get(0) != null
        && languages.get(0).strip().equalsIgnoreCase("it") ? Locale.ITALIAN : Locale.ENGLISH;
  }

  EventView event() {
    return event;
  }

  ParticipantView participant() {
    return participant;
  }

  Locale locale() {
    return locale;
  }

  /** The text of {@code notifications.<key>} in the recipient's language. */
  String text(String key, Object... args) {
    return messages.getMessage("notifications." + key, args, locale);
  }

  /** A link to a path of the platform, labelled with {@code notifications.link.<labelKey>}. */
  MailLink link(String labelKey, String path) {
    return new MailLink(text("link." + labelKey), settings.link(path));
  }

  MailLink eventPage() {
    return link("event", "/events/" + event.id());
  }

  MailLink requestsPage() {
    return link("requests", "/events/" + event.id() + "/requests");
  }

  MailLink agendaPage() {
    return link("agenda", "/events/" + event.id() + "/agenda");
  }

  MailLink agendaPdf() {
    return link("agendaPdf", "/events/" + event.id() + "/agenda.pdf");
  }

  /** The iCal feed, or null when the participant has no calendar token yet. */
  MailLink calendarFeed() {
    String token = participant.calendarToken();
    return token == null || token.isBlank() ? null : link("calendar", "/events/calendar/" + token + ".ics");
  }

  /** A time of day in the event's zone, with the zone named: {@code 10:30 (Europe/Rome)}. */
  String localTime(ZonedDateTime time) {
    return TIME.format(time.withZoneSameInstant(event.zone())) + " (" + event.zone().getId() + ")";
  }

  /** A time of day in the event's zone, without the zone: {@code 10:50}. */
  String clock(ZonedDateTime time) {
    return TIME.format(time.withZoneSameInstant(event.zone()));
  }

  /** The day in the event's zone, written out in the recipient's language. */
  String day(ZonedDateTime time) {
    return DateTimeFormatter.ofPattern(text("format.day"), locale).format(time.withZoneSameInstant(event.zone()));
  }

  /** The day and time, {@code Tuesday 12 May 2026, 10:30 (Europe/Rome)}. */
  String dayAndTime(ZonedDateTime time) {
    return text("format.dayAndTime", day(time), localTime(time));
  }
}
