package eu.intercluster.meetings;

/**
 * The other participant of a request or meeting as the signed-in participant sees them.
 * {@code email} and {@code jobTitle} are null unless the request between the two was accepted.
 */
public record PartnerView(long participantId, String fullName, String organisationName, Long organisationId,
    String country, String email, String jobTitle) {}
