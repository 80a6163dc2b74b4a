package eu.intercluster.ecosystem;

/** What a programme is. */
public enum ProgrammeKind {
  FUNDING_PROGRAMME, PROJECT, STRATEGY, PLATFORM, INITIATIVE, CALL
}
