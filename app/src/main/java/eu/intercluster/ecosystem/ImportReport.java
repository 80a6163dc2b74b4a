package eu.intercluster.ecosystem;

import java.util.Map;

/** What an import did: records created and updated per kind, relations added. */
public record ImportReport(Map<String, Integer> created, Map<String, Integer> updated,
    int relationsAdded) {}
