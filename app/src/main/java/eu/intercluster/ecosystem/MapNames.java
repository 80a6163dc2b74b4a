package eu.intercluster.ecosystem;

import java.util.List;

/** The names the map knows, to feed text recognisers and to rank link candidates. */
public interface MapNames {

  /** Organisations, people, places, programmes, agreements and activities with all their names. */
  List<KnownRecord> all();
}
