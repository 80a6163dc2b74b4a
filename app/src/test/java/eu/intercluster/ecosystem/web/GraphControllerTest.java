package eu.intercluster.ecosystem.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.GraphData;
import eu.intercluster.ecosystem.GraphFilter;
import eu.intercluster.ecosystem.MapGraph;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.ecosystem.ThemeView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = GraphController.class)
@Import(OrganisationControllerTest.PlatformSecurity.class)
class GraphControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean MapGraph graph;
  @MockitoBean OrganisationService organisations;
  @MockitoBean(name = "themeCatalogue") ThemeCatalogue themes;

  static GraphData network() {
    return new GraphData(
        List.of(
            new GraphData.Node("org-emilia-romagna", RecordKind.ORGANISATION, "Emilia-Romagna Region",
                "PUBLIC_BODY", "Emilia-Romagna", List.of("AI"), "/organisations/9"),
            new GraphData.Node("agr-er-quebec-mou", RecordKind.AGREEMENT, "Emilia-Romagna – Québec MoU",
                "MOU", null, List.of("AI", "BIG_DATA"), "/agreements/7"),
            new GraphData.Node("per-martine-biron", RecordKind.PERSON, "Martine Biron", null, null,
                List.of(), "/people/21")),
        List.of(
            new GraphData.Edge("rel-31", "agr-er-quebec-mou", "org-emilia-romagna", RelationType.SIGNED,
                "The Emilia-Romagna Region signed a five-year MoU"),
            new GraphData.Edge("rel-32", "agr-er-quebec-mou", "per-missing", RelationType.SIGNED, null)));
  }

  @BeforeEach
  void setUp() {
    given(themes.all(any())).willReturn(List.of(new ThemeView("AI", "Artificial intelligence")));
    given(themes.label(any(), any())).willAnswer(call -> "AI".equals(call.getArgument(0))
        ? ("it".equals(((Locale) call.getArgument(1)).getLanguage()) ? "Intelligenza artificiale" : "Artificial intelligence")
        : call.getArgument(0));
    given(organisations.regions()).willReturn(List.of("Emilia-Romagna", "Québec"));
    given(graph.graph(any())).willReturn(network());
  }

  @Test
  void graphDataIsCytoscapeElementsWithTranslatedLabels() throws Exception {
    mvc.perform(get("/graph/data").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.nodes", hasSize(3)))
        .andExpect(jsonPath("$.nodes[0].data.id").value("org-emilia-romagna"))
        .andExpect(jsonPath("$.nodes[0].data.label").value("Emilia-Romagna Region"))
        .andExpect(jsonPath("$.nodes[0].data.kind").value("ORGANISATION"))
        .andExpect(jsonPath("$.nodes[0].data.kindLabel").value("Organisation"))
        .andExpect(jsonPath("$.nodes[0].data.subkindLabel").value("Public body"))
        .andExpect(jsonPath("$.nodes[0].data.path").value("/organisations/9"))
        .andExpect(jsonPath("$.nodes[0].data.themeLabels[0]").value("Artificial intelligence"))
        .andExpect(jsonPath("$.nodes[1].data.subkindLabel").value("Memorandum of understanding"))
        // the edge to a node that is not drawn is left out: Cytoscape would refuse it
        .andExpect(jsonPath("$.edges", hasSize(1)))
        .andExpect(jsonPath("$.edges[0].data.id").value("rel-31"))
        // SIGNED is drawn from the party to the agreement: "Emilia-Romagna Region — signed — MoU"
        .andExpect(jsonPath("$.edges[0].data.source").value("org-emilia-romagna"))
        .andExpect(jsonPath("$.edges[0].data.target").value("agr-er-quebec-mou"))
        .andExpect(jsonPath("$.edges[0].data.type").value("SIGNED"))
        .andExpect(jsonPath("$.edges[0].data.label").value("signed"));
  }

  @Test
  void graphDataLabelsAreItalianForItalianReaders() throws Exception {
    mvc.perform(get("/graph/data").header("Accept-Language", "it"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nodes[0].data.kindLabel").value("Organizzazione"))
        .andExpect(jsonPath("$.nodes[0].data.themeLabels[0]").value("Intelligenza artificiale"))
        .andExpect(jsonPath("$.edges[0].data.label").value("ha firmato"));
  }

  @Test
  void filtersGoToTheGraphService() throws Exception {
    mvc.perform(get("/graph/data").param("theme", "AI").param("region", "Emilia-Romagna")
            .param("type", "SIGNED", "INVOLVES", "NOT_A_TYPE").param("focus", "org-cineca"))
        .andExpect(status().isOk());
    verify(graph).graph(new GraphFilter("AI", "Emilia-Romagna", Set.of(RelationType.SIGNED, RelationType.INVOLVES),
        "org-cineca"));
  }

  @Test
  void thePageHasTheCanvasTheFiltersTheLegendAndTheAccessibleEdgeList() throws Exception {
    mvc.perform(get("/graph").param("focus", "org-cineca").param("type", "SIGNED"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("id=\"graph\""),
            containsString("data-source=\"/graph/data?type=SIGNED&amp;focus=org-cineca\""),
            containsString("data-focus=\"org-cineca\""),
            containsString("/dist/cytoscape.min.js\"></script>"), containsString("/js/graph.js"),
            containsString("id=\"graph-legend\""), containsString("data-kind=\"PROGRAMME\""),
            containsString("id=\"type-SIGNED\" checked=\"checked\""),
            containsString("value=\"org-cineca\""),
            containsString("id=\"graph-edges\""),
            containsString("<a href=\"/organisations/9\">Emilia-Romagna Region</a>\n        <span> — </span><span>signed</span><span> — </span>\n        <a href=\"/agreements/7\">Emilia-Romagna – Québec MoU</a>"),
            containsString("id=\"graph-nodes\""), containsString(">Martine Biron</a>"),
            not(containsString("per-missing")))));
    verify(graph).graph(new GraphFilter(null, null, Set.of(RelationType.SIGNED), "org-cineca"));
  }

  @Test
  void thePageIsItalianWithLangIt() throws Exception {
    mvc.perform(get("/graph").param("lang", "it"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Tipi di relazione"), containsString("ha firmato"),
            containsString("Organizzazione"), containsString("data-source=\"/graph/data\""))));
  }
}
