package eu.intercluster.ecosystem;

import java.util.List;

/**
 * The network as nodes and edges, in the shape Cytoscape.js reads
 * ({@code {data: {id, label, kind, ...}}} per element once wrapped by the web layer).
 */
public record GraphData(List<Node> nodes, List<Edge> edges) {

  /** {@code id} is the record key; {@code path} is its page. */
  public record Node(String id, RecordKind kind, String label, String subkind, String region,
      List<String> themes, String path) {}

  public record Edge(String id, String source, String target, RelationType type, String quote) {}
}
