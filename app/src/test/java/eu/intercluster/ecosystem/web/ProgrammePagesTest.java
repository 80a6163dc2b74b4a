package eu.intercluster.ecosystem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.ProgrammeDetails;
import eu.intercluster.ecosystem.ProgrammeInput;
import eu.intercluster.ecosystem.ProgrammeKind;
import eu.intercluster.ecosystem.ProgrammeSummary;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "EDITOR")
class ProgrammePagesTest extends RecordWebTest {

  private ProgrammeDetails fesr() {
    return new ProgrammeDetails(50, "prg-50", "PR FESR 2021-2027", List.of("PR FESR"),
        ProgrammeKind.FUNDING_PROGRAMME, "Regional ERDF programme", List.of("AI"),
        List.of(activity(30, "Clust-ER Innovate mission")),
        List.of(relation(80, RelationType.FUNDED_BY, activity(30, "Clust-ER Innovate mission"),
            programme(50, "PR FESR 2021-2027"), "funded by the PR FESR 2021-2027")),
        List.of(SOURCE));
  }

  @Test
  void listPassesQueryKindAndTheme() throws Exception {
    when(programmes.search(eq("fesr"), eq(ProgrammeKind.FUNDING_PROGRAMME), eq("AI"), any(Pageable.class)))
        .thenReturn(pageOf(List.of(new ProgrammeSummary(50, "prg-50", "PR FESR 2021-2027",
            ProgrammeKind.FUNDING_PROGRAMME, List.of("AI")))));

    mvc.perform(get("/programmes").param("q", "fesr").param("kind", "FUNDING_PROGRAMME").param("theme", "AI"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("PR FESR 2021-2027"), containsString("Funding programme"))));
    verify(programmes).search(eq("fesr"), eq(ProgrammeKind.FUNDING_PROGRAMME), eq("AI"), any(Pageable.class));
  }

  @Test
  void htmxGetsOnlyTheResults() throws Exception {
    when(programmes.search(isNull(), isNull(), eq("AI"), any(Pageable.class))).thenReturn(pageOf(List.of()));

    mvc.perform(get("/programmes").param("theme", "AI").header("HX-Request", "true"))
        .andExpect(content().string(allOf(containsString("id=\"results\""), not(containsString("<html")))));
  }

  @Test
  void detailShowsActivitiesAndRelations() throws Exception {
    when(programmes.get(50)).thenReturn(fesr());

    String html = body(mvc.perform(get("/programmes/50")).andExpect(status().isOk()));

    assertThat(html).contains("href=\"/activities/30\"", "«funded by the PR FESR 2021-2027»", "PR FESR",
        "/graph?focus=prg-50", "Regional ERDF programme");
  }

  @Test
  void createSendsThemesFromCheckboxes() throws Exception {
    when(programmes.create(any())).thenReturn(new ProgrammeSummary(51, "prg-51", "IT4LIA", ProgrammeKind.PROJECT,
        List.of()));

    mvc.perform(post("/programmes").with(csrf()).param("name", "IT4LIA").param("kind", "PROJECT")
            .param("themes", "AI", "HPC").param("_themes", "on"))
        .andExpect(redirectedUrl("/programmes/51"));

    ArgumentCaptor<ProgrammeInput> input = ArgumentCaptor.forClass(ProgrammeInput.class);
    verify(programmes).create(input.capture());
    assertThat(input.getValue().themes()).isEqualTo(Set.of("AI", "HPC"));
  }

  @Test
  void unknownThemeFromTheServiceIsShownUnderTheThemes() throws Exception {
    when(programmes.create(any())).thenThrow(new InvalidInputException("themes", "unknown theme FOO"));

    mvc.perform(post("/programmes").with(csrf()).param("name", "X").param("kind", "PROJECT").param("themes", "FOO"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("unknown theme FOO")));
  }

  @Test
  void blankNameIsShownNextToTheField() throws Exception {
    String html = body(mvc.perform(post("/programmes").with(csrf()).param("name", "").param("kind", "PROJECT"))
        .andExpect(status().isUnprocessableContent()));

    assertThat(html).containsPattern(fieldError("name", "Required."));
  }

  @Test
  void refusedDeleteListsTheReferences() throws Exception {
    when(programmes.get(50)).thenReturn(fesr());
    doThrow(new ConflictException("referenced", "still referenced", List.of("activity Clust-ER Innovate mission")))
        .when(programmes).delete(50);

    mvc.perform(post("/programmes/50/delete").with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("activity Clust-ER Innovate mission")));
  }

  @Test
  void italianLabels() throws Exception {
    when(programmes.get(50)).thenReturn(fesr());

    mvc.perform(get("/programmes/50").header("Accept-Language", "it"))
        .andExpect(content().string(allOf(containsString("Programmi"), containsString("Relazioni"),
            containsString("Mostra nel grafo"))));
  }
}
