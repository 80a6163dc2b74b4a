package eu.intercluster.ecosystem;

import java.util.List;

/**
 * Answers "which organisations in Québec are linked to Emilia-Romagna, and through which agreement?".
 */
public interface MapLinks {

  /**
   * Organisations located in {@code region} (its region or country) linked to organisations of
   * {@code otherRegion}, or to an organisation whose name is {@code otherRegion} (for example
   * the Emilia-Romagna Region itself), through a shared agreement or activity or a direct relation.
   */
  List<RegionLink> between(String region, String otherRegion);
}
