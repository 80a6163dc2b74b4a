/**
 * The ecosystem map: organisations, people and their roles, places, programmes, agreements,
 * activities, themes and the typed, dated relations between them, each fact with its source.
 * The root package is the module's API (services and records); {@code persistence}, {@code web}
 * and {@code api} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ecosystem map")
package eu.intercluster.ecosystem;
