package eu.intercluster.documents;

import java.time.Instant;

/**
 * A document in the list, with how many of its proposals (entities and relations) are in each state;
 * {@code status} is {@code IN_REVIEW} while any is pending, then {@code REVIEWED}.
 */
public record DocumentSummary(long id, String title, String fileName, String language, String docDate,
    String uploadedBy, Instant createdAt, long pending, long accepted, long rejected, String status) {}
