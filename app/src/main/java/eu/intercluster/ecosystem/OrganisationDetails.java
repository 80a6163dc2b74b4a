package eu.intercluster.ecosystem;

import java.time.Instant;
import java.util.List;

/** Everything the map knows about an organisation, with where each fact comes from. */
public record OrganisationDetails(long id, String key, String name, String acronym,
    List<String> aliases, OrganisationKind kind, String country, String region, String city,
    String website, String description, List<String> themes, List<RoleView> people,
    List<AgreementLink> agreements, List<ActivityLink> activities, List<RelationView> relations,
    List<SourceRef> sources, Instant updatedAt) {}
