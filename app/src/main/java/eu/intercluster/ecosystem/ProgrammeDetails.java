package eu.intercluster.ecosystem;

import java.util.List;

public record ProgrammeDetails(long id, String key, String name, List<String> aliases,
    ProgrammeKind kind, String description, List<String> themes, List<RecordRef> activities,
    List<RelationView> relations, List<SourceRef> sources) {}
