package eu.intercluster.ecosystem;

import java.util.Set;

/**
 * Which part of the network to draw: records with a theme, organisations of a region (and what
 * links to them), relation types; {@code focus} (a record key) keeps only its neighbourhood.
 */
public record GraphFilter(String theme, String region, Set<RelationType> types, String focus) {

  public GraphFilter {
    types = types == null ? Set.of() : types;
  }

  public static GraphFilter all() {
    return new GraphFilter(null, null, Set.of(), null);
  }
}
