/**
 * Demo content beyond the map: the seeded brokerage event "Emilia-Romagna meets Catalonia", with
 * participants from the demo map and generated firms, their opportunities, meeting requests and a
 * published, optimised schedule, so that a newcomer sees the whole events flow on first start. It
 * uses only the public APIs of the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo event")
package eu.intercluster.demo;
