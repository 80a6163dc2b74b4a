package eu.intercluster.documents;

/**
 * What a reviewer confirms to create a record from a proposed entity: the (possibly edited) name or
 * title and the kind of the record (an enum name of the target's kinds, e.g. {@code CLUSTER}, {@code CITY}).
 */
public record NewRecord(String name, String subkind) {}
