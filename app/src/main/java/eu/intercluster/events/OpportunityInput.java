package eu.intercluster.events;

import java.util.Set;

/** A marketplace opportunity as its author gives it; themes are theme catalogue codes. */
public record OpportunityInput(OpportunityType type, String title, String description, Set<String> themes) {

  public OpportunityInput {
    themes = themes == null ? Set.of() : Set.copyOf(themes);
  }
}
