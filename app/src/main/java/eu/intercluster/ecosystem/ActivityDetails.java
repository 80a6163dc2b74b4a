package eu.intercluster.ecosystem;

import java.time.LocalDate;
import java.util.List;

public record ActivityDetails(long id, String key, String title, ActivityKind kind,
    LocalDate startDate, LocalDate endDate, String dateText, RecordRef place, RecordRef programme,
    RecordRef parent, String description, List<String> themes, List<RecordRef> children,
    List<RecordRef> organisers, List<RecordRef> participants, List<RelationView> relations,
    List<SourceRef> sources) {}
