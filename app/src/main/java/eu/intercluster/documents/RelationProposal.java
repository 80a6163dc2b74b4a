package eu.intercluster.documents;

/**
 * A proposed relation between two entities of the document, with the sentence that licenses it.
 *
 * @param ready both ends are accepted and linked to map records, so the relation can be accepted
 * @param writable the relation type exists on the map ({@code HAS_THEME} becomes a theme of the record instead)
 */
public record RelationProposal(long id, String type, EntityProposal from, EntityProposal to, String note,
    String quote, ProposalStatus status, Long writtenRelationId, boolean ready, boolean writable) {}
