package eu.intercluster.ecosystem;

/**
 * An organisation of one region linked to an organisation of another through a record: an
 * agreement, an activity, or a direct relation ({@code via} is then null and {@code how} says it).
 */
public record RegionLink(RecordRef organisation, RecordRef counterpart, RecordRef via,
    String how) {}
