/**
 * Outcomes: what happens on the day of a brokerage event and after it. Check-in at the venue,
 * meetings held or missed (no-show), each participant's feedback on a meeting and a follow-up some
 * months later, and event statistics. Held meetings and agreements become relations in the
 * ecosystem map ({@code MET_AT}, {@code AGREEMENT_REACHED}). The root package is the module's API
 * ({@link eu.intercluster.outcomes.MeetingOutcomes}, {@link eu.intercluster.outcomes.CheckIns},
 * {@link eu.intercluster.outcomes.EventStatistics}, their records and events); {@code persistence},
 * {@code web} and {@code api} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package eu.intercluster.outcomes;
