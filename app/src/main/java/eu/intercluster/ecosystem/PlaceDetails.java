package eu.intercluster.ecosystem;

import java.util.List;

/** A place with what lies in it and what happened there. */
public record PlaceDetails(long id, String key, String name, List<String> aliases, PlaceKind kind,
    String country, RecordRef parent, String description, List<RecordRef> children,
    List<RecordRef> activities, List<RecordRef> agreementsSigned, List<RelationView> relations,
    List<SourceRef> sources) {}
