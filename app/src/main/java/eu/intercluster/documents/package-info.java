/**
 * Documents: news and press releases read into the map. Pasted text and uploaded files are read,
 * their entities and relations proposed, and a person reviews each proposal (link to an existing
 * record, create a new one, or reject) before anything is written to the map, with provenance.
 * The root package is the module's API ({@link eu.intercluster.documents.DocumentIntake},
 * {@link eu.intercluster.documents.ReviewQueue} and their records); {@code persistence} and
 * {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package eu.intercluster.documents;
