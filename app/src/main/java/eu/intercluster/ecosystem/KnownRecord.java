package eu.intercluster.ecosystem;

import java.util.List;

/** A record with every name it goes by (name, acronym, aliases), for recognising it in text. */
public record KnownRecord(RecordRef ref, String subkind, List<String> names) {}
