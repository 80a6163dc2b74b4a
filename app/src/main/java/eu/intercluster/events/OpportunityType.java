package eu.intercluster.events;

/** What a marketplace opportunity is about. */
public enum OpportunityType {
  OFFER, REQUEST, RD_COOPERATION, INVESTMENT, PARTNERSHIP, OTHER
}
