package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.GraphData;
import eu.intercluster.ecosystem.GraphFilter;
import eu.intercluster.ecosystem.MapGraph;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.ThemeCatalogue;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /graph}: the network drawn by Cytoscape.js ({@code static/js/graph.js}) from
 * {@code /graph/data}, with filters, a legend and an accessible list of the nodes and edges shown.
 */
@Controller
@RequestMapping("/graph")
class GraphController {

  /** The record kinds in the order of the legend. */
  static final List<RecordKind> KINDS = List.of(RecordKind.ORGANISATION, RecordKind.PERSON,
      RecordKind.AGREEMENT, RecordKind.ACTIVITY, RecordKind.PLACE, RecordKind.PROGRAMME);

  private final MapGraph graph;
  private final OrganisationService organisations;
  private final ThemeCatalogue themes;
  private final MessageSource messages;

  GraphController(MapGraph graph, OrganisationService organisations, ThemeCatalogue themes,
      MessageSource messages) {
    this.graph = graph;
    this.organisations = organisations;
    this.themes = themes;
    this.messages = messages;
  }

  @GetMapping
  String page(@RequestParam(required = false) String theme,
      @RequestParam(required = false) String region,
      @RequestParam(name = "type", required = false) List<String> types,
      @RequestParam(required = false) String focus, Model model, Locale locale,
      HttpServletRequest request) {
    GraphFilter filter = filter(theme, region, types, focus);
    GraphJson json = toJson(graph.graph(filter), locale, request.getContextPath());
    model.addAttribute("filter", filter);
    model.addAttribute("dataQuery", queryString(filter));
    model.addAttribute("graphNodes", json.nodes().stream()
        .sorted(Comparator.comparing((GraphElement n) -> String.valueOf(n.data().get("label")),
            String.CASE_INSENSITIVE_ORDER))
        .toList());
    model.addAttribute("graphEdges", edgeRows(json));
    model.addAttribute("kinds", KINDS);
    model.addAttribute("relationTypes", RelationType.values());
    model.addAttribute("themes", themes.all(locale));
    model.addAttribute("regions", organisations.regions());
    return "ecosystem/graph";
  }

  @GetMapping(path = "/data", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  GraphJson data(@RequestParam(required = false) String theme,
      @RequestParam(required = false) String region,
      @RequestParam(name = "type", required = false) List<String> types,
      @RequestParam(required = false) String focus, Locale locale, HttpServletRequest request) {
    return toJson(graph.graph(filter(theme, region, types, focus)), locale, request.getContextPath());
  }

  static GraphFilter filter(String theme, String region, List<String> types, String focus) {
    Set<RelationType> typeSet = EnumSet.noneOf(RelationType.class);
    if (types != null) {
      for (String type : types) {
        for (String part : type.split(",")) {
          try {
            if (!part.isBlank()) {
              typeSet.add(RelationType.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            }
          } catch (IllegalArgumentException unknown) {
            // an unknown type in a hand-written URL is ignored
          }
        }
      }
    }
    return new GraphFilter(blankToNull(theme), blankToNull(region), typeSet, blankToNull(focus));
  }

  static String queryString(GraphFilter filter) {
    UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
    if (filter.theme() != null) {
      builder.queryParam("theme", filter.theme());
    }
    if (filter.region() != null) {
      builder.queryParam("region", filter.region());
    }
    filter.types().stream().sorted().forEach(t -> builder.queryParam("type", t.name()));
    if (filter.focus() != null) {
      builder.queryParam("focus", filter.focus());
    }
    String query = builder.encode().build().getQuery();
    return query == null || query.isEmpty() ? null : query;
  }

  /** Cytoscape elements with labels in the reader's language; edges to missing nodes are left out. */
  GraphJson toJson(GraphData data, Locale locale, String contextPath) {
    List<GraphElement> nodes = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    for (GraphData.Node node : data.nodes()) {
      if (!ids.add(node.id())) {
        continue;
      }
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", node.id());
      d.put("label", node.label());
      d.put("kind", node.kind() == null ? null : node.kind().name());
      d.put("kindLabel", node.kind() == null ? null : message("enum.RecordKind." + node.kind().name(), locale));
      d.put("subkind", node.subkind());
      d.put("subkindLabel", subkindLabel(node.kind(), node.subkind(), locale));
      d.put("region", node.region());
      List<String> codes = node.themes() == null ? List.of() : node.themes();
      d.put("themes", codes);
      d.put("themeLabels", codes.stream().map(code -> themes.label(code, locale)).toList());
      d.put("path", node.path() == null ? null : contextPath + node.path());
      nodes.add(new GraphElement(d));
    }
    List<GraphElement> edges = new ArrayList<>();
    for (GraphData.Edge edge : data.edges()) {
      if (!ids.contains(edge.source()) || !ids.contains(edge.target())) {
        continue;
      }
      // SIGNED goes from the agreement to the party in the map; drawn from the party, so that
      // the arrow and the list read "Emilia-Romagna Region — signed — the MoU".
      boolean fromParty = edge.type() == RelationType.SIGNED;
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", edge.id());
      d.put("source", fromParty ? edge.target() : edge.source());
      d.put("target", fromParty ? edge.source() : edge.target());
      d.put("type", edge.type() == null ? null : edge.type().name());
      d.put("label", edge.type() == null ? "" : message("enum.RelationType." + edge.type().name(), locale));
      d.put("quote", edge.quote());
      edges.add(new GraphElement(d));
    }
    return new GraphJson(nodes, edges);
  }

  private String subkindLabel(RecordKind kind, String subkind, Locale locale) {
    if (kind == null || subkind == null || subkind.isBlank()) {
      return null;
    }
    String enumName = switch (kind) {
      case ORGANISATION -> "OrganisationKind";
      case AGREEMENT -> "AgreementKind";
      case ACTIVITY -> "ActivityKind";
      case PLACE -> "PlaceKind";
      case PROGRAMME -> "ProgrammeKind";
      case PERSON -> null;
    };
    return enumName == null ? subkind
        : messages.getMessage("enum." + enumName + "." + subkind, null, subkind, locale);
  }

  private String message(String code, Locale locale) {
    return messages.getMessage(code, null, code, locale);
  }

  private static List<EdgeRow> edgeRows(GraphJson json) {
    Map<String, Map<String, Object>> byId = new HashMap<>();
    json.nodes().forEach(n -> byId.put(String.valueOf(n.data().get("id")), n.data()));
    return json.edges().stream().map(e -> {
      Map<String, Object> source = byId.get(String.valueOf(e.data().get("source")));
      Map<String, Object> target = byId.get(String.valueOf(e.data().get("target")));
      return new EdgeRow(String.valueOf(e.data().get("id")), (String) source.get("label"),
          (String) source.get("path"), (String) e.data().get("label"), (String) target.get("label"),
          (String) target.get("path"), (String) e.data().get("quote"));
    }).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The JSON of {@code /graph/data}: Cytoscape's {@code elements} object. */
  record GraphJson(List<GraphElement> nodes, List<GraphElement> edges) {}

  /** One Cytoscape element: {@code {data: {...}}}. */
  record GraphElement(Map<String, Object> data) {}

  /** One line of the accessible edge list under the canvas. */
  record EdgeRow(String id, String sourceLabel, String sourcePath, String label,
      String targetLabel, String targetPath, String quote) {}
}
