/**
 * Meetings: one-to-one meeting requests between validated participants (message, accept or
 * decline, quotas, expiry), meetings booked at acceptance (self-scheduling) or scheduled by the
 * organiser with the {@code scheduler} module (background run, review, publish, manual moves,
 * re-planning after late changes), and each participant's agenda page. The root package is the
 * module's API ({@link eu.intercluster.meetings.MeetingBook}, its records and events); {@code
 * persistence}, {@code web} and {@code api} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package eu.intercluster.meetings;
