package eu.intercluster.ecosystem;

import java.time.LocalDate;
import java.util.List;

public record AgreementDetails(long id, String key, String title, AgreementKind kind,
    AgreementStatus status, LocalDate signedOn, RecordRef signingPlace, String duration,
    LocalDate expiresOn, String description, List<String> themes, List<RecordRef> parties,
    List<RecordRef> signatories, List<RecordRef> involved, List<RelationView> relations,
    List<SourceRef> sources) {}
