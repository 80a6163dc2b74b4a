package eu.intercluster.ecosystem;

/** The legal form of an agreement. */
public enum AgreementKind {
  MOU, PROTOCOL, FRAMEWORK_AGREEMENT, COLLABORATION_AGREEMENT, MEMORANDUM_OF_COOPERATION, CONTRACT, OTHER
}
