package eu.intercluster.ecosystem;

/** The type of a link between two records; directions follow the corpus schema. */
public enum RelationType {
  SIGNED, SIGNED_AT, INVOLVES, PRESENT_AT, PARTICIPATED, ORGANISED, LED_BY, LOCATED_IN, MEETS, COOPERATES, FUNDED_BY, SELECTED_BY, RUN_BY, PART_OF, MEMBER_OF, VISITED, MET_AT, AGREEMENT_REACHED
}
