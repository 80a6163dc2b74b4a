package eu.intercluster.events;

import java.util.Set;

/** A participant's marketplace opportunity. */
public record OpportunityView(long id, long participantId, OpportunityType type, String title,
    String description, Set<String> themes) {

  public OpportunityView {
    themes = themes == null ? Set.of() : Set.copyOf(themes);
  }
}
