package eu.intercluster.ecosystem;

import java.util.List;

public record PersonDetails(long id, String key, String name, List<String> aliases,
    String description, List<RoleView> roles, List<AgreementLink> agreements,
    List<ActivityLink> activities, List<RelationView> relations, List<SourceRef> sources) {}
