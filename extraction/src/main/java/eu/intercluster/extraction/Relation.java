package eu.intercluster.extraction;

/** A typed relation between two entity ids, with an optional licensing phrase. */
public record Relation(String type, String arg0, String arg1, String note) {}
