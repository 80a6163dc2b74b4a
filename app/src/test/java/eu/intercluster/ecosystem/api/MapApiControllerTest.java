package eu.intercluster.ecosystem.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.GraphData;
import eu.intercluster.ecosystem.GraphFilter;
import eu.intercluster.ecosystem.MapGraph;
import eu.intercluster.ecosystem.MapLinks;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.RegionLink;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.ecosystem.ThemeView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = MapApiController.class)
@WithMockUser(roles = "EDITOR")
class MapApiControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean ThemeCatalogue themes;
  @MockitoBean MapGraph graph;
  @MockitoBean MapLinks links;

  @BeforeEach
  void labels() {
    when(themes.all(any())).thenAnswer(call -> Locale.ITALIAN.equals(call.getArgument(0))
        ? List.of(new ThemeView("AI", "Intelligenza artificiale"), new ThemeView("HPC", "Calcolo ad alte prestazioni"))
        : List.of(new ThemeView("AI", "Artificial intelligence"), new ThemeView("HPC", "High-performance computing")));
  }

  @Test
  void themesInItalianForAcceptLanguageIt() throws Exception {
    mvc.perform(get("/api/v1/themes").header("Accept-Language", "it-IT,it;q=0.9,en;q=0.5"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Language", "it"))
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].code").value("AI"))
        .andExpect(jsonPath("$[0].label").value("Intelligenza artificiale"));
    verify(themes).all(Locale.ITALIAN);
  }

  @Test
  void themesInEnglishByDefaultAndForOtherLanguages() throws Exception {
    mvc.perform(get("/api/v1/themes"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Language", "en"))
        .andExpect(jsonPath("$[0].label").value("Artificial intelligence"));
    mvc.perform(get("/api/v1/themes").header("Accept-Language", "fr-CA"))
        .andExpect(jsonPath("$[0].label").value("Artificial intelligence"));
    mvc.perform(get("/api/v1/themes").header("Accept-Language", "it").param("lang", "en"))
        .andExpect(jsonPath("$[0].label").value("Artificial intelligence"));
    mvc.perform(get("/api/v1/themes").param("lang", "de"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lang"));
  }

  @Test
  void graphPassesTheFilter() throws Exception {
    when(themes.exists("AI")).thenReturn(true);
    when(graph.graph(any())).thenReturn(new GraphData(
        List.of(new GraphData.Node("org-cineca", RecordKind.ORGANISATION, "Cineca", "CONSORTIUM", "Emilia-Romagna",
            List.of("AI"), "/organisations/7")),
        List.of(new GraphData.Edge("r100", "agr-er-quebec-mou", "org-cineca", RelationType.INVOLVES, "with Cineca"))));

    mvc.perform(get("/api/v1/graph").param("theme", "AI").param("region", "Emilia-Romagna")
            .param("type", "SIGNED,INVOLVES").param("focus", "org-cineca"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nodes[0].id").value("org-cineca"))
        .andExpect(jsonPath("$.edges[0].type").value("INVOLVES"));
    ArgumentCaptor<GraphFilter> filter = ArgumentCaptor.forClass(GraphFilter.class);
    verify(graph).graph(filter.capture());
    assertThat(filter.getValue()).isEqualTo(new GraphFilter("AI", "Emilia-Romagna",
        Set.of(RelationType.SIGNED, RelationType.INVOLVES), "org-cineca"));
  }

  @Test
  void graphWithoutFiltersDrawsEverythingAndBadTypeIsA400() throws Exception {
    when(graph.graph(any())).thenReturn(new GraphData(List.of(), List.of()));
    mvc.perform(get("/api/v1/graph")).andExpect(status().isOk());
    verify(graph).graph(GraphFilter.all());

    mvc.perform(get("/api/v1/graph").param("type", "SIGNED").param("type", "LIKES"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"))
        .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("AGREEMENT_REACHED")));
  }

  @Test
  void linksBetweenRegions() throws Exception {
    RecordRef crim = new RecordRef(RecordKind.ORGANISATION, 8, "org-crim", "CRIM");
    RecordRef region = new RecordRef(RecordKind.ORGANISATION, 1, "org-emilia-romagna", "Emilia-Romagna Region");
    RecordRef mou = new RecordRef(RecordKind.AGREEMENT, 21, "agr-er-quebec-mou", "ER–Québec MoU");
    when(links.between("Québec", "Emilia-Romagna")).thenReturn(List.of(new RegionLink(crim, region, mou, "INVOLVES")));

    mvc.perform(get("/api/v1/links").param("region", "Québec").param("other", "Emilia-Romagna"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].organisation.label").value("CRIM"))
        .andExpect(jsonPath("$[0].via.key").value("agr-er-quebec-mou"));
  }

  @Test
  void linksNeedBothRegions() throws Exception {
    mvc.perform(get("/api/v1/links").param("region", "Québec"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("other"))
        .andExpect(jsonPath("$.errors[0].message").value("is required"));
    mvc.perform(get("/api/v1/links").param("region", " ").param("other", "Emilia-Romagna"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("region"));
    verifyNoInteractions(links);
  }
}
