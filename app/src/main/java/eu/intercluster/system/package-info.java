/**
 * Cross-cutting platform concerns: the page layout, languages, error handling (RFC 9457 problem
 * details) and the exceptions that other modules throw to get them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package eu.intercluster.system;
