package eu.intercluster.ecosystem;

/** The network of the map for drawing. */
public interface MapGraph {

  GraphData graph(GraphFilter filter);
}
