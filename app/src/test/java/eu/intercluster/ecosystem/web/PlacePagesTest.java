package eu.intercluster.ecosystem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.PlaceDetails;
import eu.intercluster.ecosystem.PlaceInput;
import eu.intercluster.ecosystem.PlaceKind;
import eu.intercluster.ecosystem.PlaceSummary;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "EDITOR")
class PlacePagesTest extends RecordWebTest {

  private PlaceDetails bologna() {
    return new PlaceDetails(4, "pl-4", "Bologna", List.of("Bononia"), PlaceKind.CITY, "Italy",
        place(3, "Emilia-Romagna"), null, List.of(place(41, "Tecnopolo di Bologna")),
        List.of(activity(8, "Signing ceremony in Bologna")), List.of(agreement(7, "ER–Québec MoU")),
        List.of(relation(70, RelationType.LOCATED_IN, org(3, "Cineca"), place(4, "Bologna"),
            "Cineca, based in Bologna")),
        List.of(SOURCE));
  }

  @Test
  void listPassesQueryAndKind() throws Exception {
    when(places.search(eq("bol"), eq(PlaceKind.CITY), any(Pageable.class))).thenReturn(pageOf(List.of(
        new PlaceSummary(4, "pl-4", "Bologna", PlaceKind.CITY, "Italy", place(3, "Emilia-Romagna")))));

    mvc.perform(get("/places").param("q", "bol").param("kind", "CITY"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Bologna"), containsString("href=\"/places/3\""),
            containsString("hx-get=\"/places\""), containsString("value=\"bol\""),
            containsString("<option value=\"CITY\" selected=\"selected\">"))));
    verify(places).search(eq("bol"), eq(PlaceKind.CITY), any(Pageable.class));
  }

  @Test
  void htmxGetsOnlyTheResults() throws Exception {
    when(places.search(eq("bol"), any(), any(Pageable.class))).thenReturn(pageOf(List.of(
        new PlaceSummary(4, "pl-4", "Bologna", PlaceKind.CITY, "Italy", null))));

    mvc.perform(get("/places").param("q", "bol").header("HX-Request", "true"))
        .andExpect(content().string(allOf(containsString("id=\"results\""), containsString("Bologna"),
            not(containsString("<nav class=\"navbar")))));
  }

  @Test
  void detailShowsParentChildrenAndWhatHappenedThere() throws Exception {
    when(places.get(4)).thenReturn(bologna());

    String html = body(mvc.perform(get("/places/4")).andExpect(status().isOk()));

    assertThat(html).contains("href=\"/places/3\"", "Tecnopolo di Bologna", "Signing ceremony in Bologna",
        "ER–Québec MoU", "«Cineca, based in Bologna»", "/graph?focus=pl-4", "Bononia");
  }

  @Test
  void createSplitsAliases() throws Exception {
    when(places.create(any())).thenReturn(new PlaceSummary(42, "pl-42", "Leonardo", PlaceKind.INFRASTRUCTURE,
        "Italy", null));

    mvc.perform(post("/places").with(csrf()).param("name", "Leonardo").param("kind", "INFRASTRUCTURE")
            .param("parentId", "41").param("aliases", "Leonardo supercomputer,\r\n  Leonardo HPC ,"))
        .andExpect(redirectedUrl("/places/42"));

    ArgumentCaptor<PlaceInput> input = ArgumentCaptor.forClass(PlaceInput.class);
    verify(places).create(input.capture());
    assertThat(input.getValue().aliases()).containsExactly("Leonardo supercomputer", "Leonardo HPC");
    assertThat(input.getValue().parentId()).isEqualTo(41L);
  }

  @Test
  void aCycleReportedByTheServiceIsShownOnTheParentField() throws Exception {
    when(places.get(3)).thenReturn(bologna());
    when(places.update(eq(3L), any())).thenThrow(new InvalidInputException("parentId",
        "would make a cycle: Bologna is inside Emilia-Romagna"));

    String html = body(mvc.perform(post("/places/3").with(csrf()).param("name", "Emilia-Romagna")
            .param("kind", "REGION").param("parentId", "4"))
        .andExpect(status().isUnprocessableContent()));

    assertThat(html).containsPattern(fieldError("parentId", "would make a cycle: Bologna is inside Emilia-Romagna"));
  }

  @Test
  void blankNameAndMissingKind() throws Exception {
    String html = body(mvc.perform(post("/places").with(csrf()).param("name", "").param("kind", ""))
        .andExpect(status().isUnprocessableContent()));

    assertThat(html).containsPattern(fieldError("name", "Required."));
    assertThat(html).containsPattern(fieldError("kind", "Required."));
  }

  @Test
  void refusedDeleteListsTheReferences() throws Exception {
    when(places.get(4)).thenReturn(bologna());
    doThrow(new ConflictException("referenced", "still referenced",
        List.of("place Tecnopolo di Bologna", "activity Signing ceremony in Bologna"))).when(places).delete(4);

    mvc.perform(post("/places/4/delete").with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(allOf(containsString("place Tecnopolo di Bologna"),
            containsString("activity Signing ceremony in Bologna"))));
  }

  @Test
  void aMissingPlaceGetsAPageNotJson() throws Exception {
    when(places.get(99)).thenThrow(new eu.intercluster.system.NotFoundException("place", 99));

    mvc.perform(get("/places/99"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("The page or record does not exist.")));
  }

  @Test
  void aPathThatIsNotAnIdIsNotFound() throws Exception {
    mvc.perform(get("/places/bologna"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("The page or record does not exist.")));
  }

  @Test
  void italianLabels() throws Exception {
    when(places.get(4)).thenReturn(bologna());

    mvc.perform(get("/places/4").header("Accept-Language", "it"))
        .andExpect(content().string(allOf(containsString("Luoghi al suo interno"),
            containsString("Accordi firmati qui"), containsString("Città"))));
  }
}
