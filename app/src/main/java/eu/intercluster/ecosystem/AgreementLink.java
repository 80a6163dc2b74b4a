package eu.intercluster.ecosystem;

import java.util.List;

/** An agreement seen from one of its parties: how it takes part and who the others are. */
public record AgreementLink(RecordRef agreement, AgreementKind kind, AgreementStatus status,
    RelationType role, List<RecordRef> counterparts) {}
