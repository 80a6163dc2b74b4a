package eu.intercluster.documents;

/** Where a proposed entity or relation is in review. */
public enum ProposalStatus {
  PENDING, ACCEPTED, REJECTED
}
