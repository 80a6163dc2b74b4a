/**
 * Events: brokerage events, missions and forums with a B2B session. Set-up by organisers
 * (matchmaking sessions and their slots, tables, windows, request policy, co-organisers),
 * registration of participants linked to the ecosystem map, their validation, the marketplace
 * of opportunities and the participant catalogue, and a mission's delegation and site visits.
 * The root package is the module's API ({@link eu.intercluster.events.EventDirectory} and its
 * records and events); {@code persistence}, {@code web} and {@code api} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package eu.intercluster.events;
