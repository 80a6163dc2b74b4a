/**
 * Agendas on paper and in calendars: a participant's agenda and all of an event's agendas as PDF
 * (printable for venues with poor Wi-Fi), the organiser's table plan per slot, and an iCalendar of a
 * participant's published meetings that calendars subscribe to, with stable UIDs so that a moved
 * meeting updates its entry. The root package is the module's API ({@link
 * eu.intercluster.agendas.AgendaPdf}, {@link eu.intercluster.agendas.TablePlanPdf}, {@link
 * eu.intercluster.agendas.AgendaCalendar}); {@code web} and {@code persistence} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agendas")
package eu.intercluster.agendas;
