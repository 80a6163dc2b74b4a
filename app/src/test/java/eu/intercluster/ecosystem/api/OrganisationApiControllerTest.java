package eu.intercluster.ecosystem.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementLink;
import eu.intercluster.ecosystem.AgreementStatus;
import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.PossibleDuplicateException;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RelationView;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = OrganisationApiController.class)
@WithMockUser(roles = "EDITOR")
class OrganisationApiControllerTest {

  static final RecordRef CINECA = new RecordRef(RecordKind.ORGANISATION, 7, "org-cineca", "Cineca");
  static final RecordRef CRIM = new RecordRef(RecordKind.ORGANISATION, 8, "org-crim", "CRIM");
  static final RecordRef MOU = new RecordRef(RecordKind.AGREEMENT, 21, "agr-er-quebec-mou",
      "Emilia-Romagna–Québec memorandum on AI and big data");
  static final SourceRef SOURCE = new SourceRef(1, "src-000", "Emilia-Romagna and Québec sign", "000.txt", "en",
      null, null);
  static final OrganisationSummary CINECA_SUMMARY = new OrganisationSummary(7, "org-cineca", "Cineca", null,
      OrganisationKind.CONSORTIUM, "Italy", "Emilia-Romagna", "Bologna", List.of("HPC", "AI"));

  @Autowired MockMvc mvc;
  @MockitoBean OrganisationService organisations;
  @MockitoBean ThemeCatalogue themes;

  static OrganisationDetails cinecaDetails() {
    return new OrganisationDetails(7, "org-cineca", "Cineca", null, List.of(), OrganisationKind.CONSORTIUM,
        "Italy", "Emilia-Romagna", "Bologna", null, "Supercomputing consortium", List.of("HPC", "AI"), List.of(),
        List.of(new AgreementLink(MOU, AgreementKind.MOU, AgreementStatus.SIGNED, RelationType.INVOLVES,
            List.of(CRIM))),
        List.of(),
        List.of(new RelationView(100, RelationType.INVOLVES, MOU, CINECA, null, null, null, SOURCE,
                "with Cineca and CRIM"),
            new RelationView(101, RelationType.PARTICIPATED, CINECA, new RecordRef(RecordKind.ACTIVITY, 30,
                "act-mission", "Mission"), null, null, null, SOURCE, "Cineca took part"),
            new RelationView(102, RelationType.INVOLVES, new RecordRef(RecordKind.AGREEMENT, 22, "agr-2", "Other"),
                CINECA, null, null, null, SOURCE, "also Cineca")),
        List.of(SOURCE), Instant.parse("2026-01-01T00:00:00Z"));
  }

  static String input(String name, String kind) {
    return """
        {"name": %s, "acronym": null, "aliases": ["Consorzio Cineca"], "kind": %s, "country": "Italy",
         "region": "Emilia-Romagna", "city": "Bologna", "website": "https://www.cineca.it",
         "description": "HPC", "themes": ["HPC"]}""".formatted(name == null ? "null" : "\"" + name + "\"",
        kind == null ? "null" : "\"" + kind + "\"");
  }

  @Test
  void searchPassesQueryAndFiltersAndAnswersThePageShape() throws Exception {
    when(themes.exists("HPC")).thenReturn(true);
    when(organisations.search(any(), any())).thenAnswer(call -> new PageImpl<>(List.of(CINECA_SUMMARY),
        call.getArgument(1, Pageable.class), 41));
    when(organisations.get(7)).thenReturn(cinecaDetails());

    mvc.perform(get("/api/v1/organisations").param("q", " cineca ").param("kind", "CONSORTIUM")
            .param("country", "Italy").param("region", "Emilia-Romagna").param("theme", "HPC")
            .param("page", "2").param("size", "10"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content", hasSize(1)))
        .andExpect(jsonPath("$.content[0].name").value("Cineca"))
        .andExpect(jsonPath("$.page").value(2))
        .andExpect(jsonPath("$.size").value(10))
        .andExpect(jsonPath("$.totalElements").value(41))
        .andExpect(jsonPath("$.totalPages").value(5));

    ArgumentCaptor<OrganisationFilter> filter = ArgumentCaptor.forClass(OrganisationFilter.class);
    ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
    verify(organisations).search(filter.capture(), pageable.capture());
    assertThat(filter.getValue()).isEqualTo(
        new OrganisationFilter("cineca", OrganisationKind.CONSORTIUM, "Italy", "Emilia-Romagna", "HPC"));
    assertThat(pageable.getValue().getPageNumber()).isEqualTo(2);
    assertThat(pageable.getValue().getPageSize()).isEqualTo(10);
  }

  @Test
  void searchForCinecaAnswersCinecaWithItsAgreementsAndRelations() throws Exception {
    when(organisations.search(any(), any())).thenReturn(new PageImpl<>(List.of(CINECA_SUMMARY)));
    when(organisations.get(7)).thenReturn(cinecaDetails());

    mvc.perform(get("/api/v1/organisations").param("q", "cineca"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].name").value("Cineca"))
        .andExpect(jsonPath("$.content[0].links.self").value("/api/v1/organisations/7"))
        .andExpect(jsonPath("$.content[0].links.agreements").value("/api/v1/agreements?organisation=7"))
        .andExpect(jsonPath("$.content[0].agreements", hasSize(1)))
        .andExpect(jsonPath("$.content[0].agreements[0].title").value(MOU.label()))
        .andExpect(jsonPath("$.content[0].agreements[0].status").value("SIGNED"))
        .andExpect(jsonPath("$.content[0].agreements[0].role").value("INVOLVES"))
        .andExpect(jsonPath("$.content[0].agreements[0].path").value("/api/v1/agreements/21"))
        .andExpect(jsonPath("$.content[0].agreements[0].counterparts[0].label").value("CRIM"))
        .andExpect(jsonPath("$.content[0].agreements[0].counterparts[0].path").value("/api/v1/organisations/8"))
        .andExpect(jsonPath("$.content[0].relations.count").value(3))
        .andExpect(jsonPath("$.content[0].relations.types.INVOLVES").value(2))
        .andExpect(jsonPath("$.content[0].relations.types.PARTICIPATED").value(1))
        .andExpect(jsonPath("$.content[0].relations.self").value("/api/v1/organisations/7/relations"));
  }

  @Test
  void browsingWithoutQueryAnswersPlainItemsUnlessExpandIsAsked() throws Exception {
    when(organisations.search(any(), any())).thenReturn(new PageImpl<>(List.of(CINECA_SUMMARY)));

    mvc.perform(get("/api/v1/organisations"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].links.self").value("/api/v1/organisations/7"))
        .andExpect(jsonPath("$.content[0].agreements").doesNotExist())
        .andExpect(jsonPath("$.content[0].relations").doesNotExist());
    verify(organisations, never()).get(anyLong());
    ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
    verify(organisations).search(eq(OrganisationFilter.none()), pageable.capture());
    assertThat(pageable.getValue()).isEqualTo(PageRequest.of(0, 20));

    when(organisations.get(7)).thenReturn(cinecaDetails());
    mvc.perform(get("/api/v1/organisations").param("expand", "true"))
        .andExpect(jsonPath("$.content[0].agreements[0].status").value("SIGNED"));
    mvc.perform(get("/api/v1/organisations").param("q", "cineca").param("expand", "false"))
        .andExpect(jsonPath("$.content[0].agreements").doesNotExist());
  }

  @Test
  void badKindInQueryIsA400NamingTheParameterAndTheAcceptedValues() throws Exception {
    mvc.perform(get("/api/v1/organisations").param("kind", "SPACESHIP"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("kind"))
        .andExpect(jsonPath("$.errors[0].message", containsString("CLUSTER")))
        .andExpect(jsonPath("$.errors[0].message", containsString("SPACESHIP")));
    verifyNoInteractions(organisations);
  }

  @Test
  void negativePageAndOversizedPagesAre400NamingTheParameter() throws Exception {
    mvc.perform(get("/api/v1/organisations").param("page", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(get("/api/v1/organisations").param("size", "201"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"))
        .andExpect(jsonPath("$.errors[0].message", containsString("200")));
    mvc.perform(get("/api/v1/organisations").param("size", "lots"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"))
        .andExpect(jsonPath("$.errors[0].message", containsString("whole number")));
    verifyNoInteractions(organisations);
  }

  @Test
  void unknownThemeIsA400NamingTheParameter() throws Exception {
    mvc.perform(get("/api/v1/organisations").param("theme", "ASTROLOGY"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("theme"))
        .andExpect(jsonPath("$.errors[0].message", containsString("ASTROLOGY")));
    verifyNoInteractions(organisations);
  }

  @Test
  void readsDetailsWithAgreementsRelationsAndProvenance() throws Exception {
    when(organisations.get(7)).thenReturn(cinecaDetails());

    mvc.perform(get("/api/v1/organisations/7"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Cineca"))
        .andExpect(jsonPath("$.agreements[0].agreement.key").value("agr-er-quebec-mou"))
        .andExpect(jsonPath("$.relations[0].quote").value("with Cineca and CRIM"))
        .andExpect(jsonPath("$.relations[0].source.key").value("src-000"))
        .andExpect(jsonPath("$.sources[0].origin").value("000.txt"))
        .andExpect(jsonPath("$.updatedAt").value("2026-01-01T00:00:00Z"));
  }

  @Test
  void unknownIdIsA404Problem() throws Exception {
    when(organisations.get(999)).thenThrow(new NotFoundException("Organisation", 999));

    mvc.perform(get("/api/v1/organisations/999"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value("Organisation 999 does not exist"));
  }

  @Test
  void createAnswers201WithLocation() throws Exception {
    when(organisations.create(any(), anyBoolean())).thenReturn(CINECA_SUMMARY);

    mvc.perform(post("/api/v1/organisations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(input("Cineca", "CONSORTIUM")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/organisations/7"))
        .andExpect(jsonPath("$.id").value(7))
        .andExpect(jsonPath("$.key").value("org-cineca"));

    ArgumentCaptor<OrganisationInput> input = ArgumentCaptor.forClass(OrganisationInput.class);
    verify(organisations).create(input.capture(), eq(false));
    assertThat(input.getValue().name()).isEqualTo("Cineca");
    assertThat(input.getValue().kind()).isEqualTo(OrganisationKind.CONSORTIUM);
    assertThat(input.getValue().aliases()).containsExactly("Consorzio Cineca");
    assertThat(input.getValue().themes()).containsExactly("HPC");
  }

  @Test
  void blankNameIsA400NamingTheField() throws Exception {
    mvc.perform(post("/api/v1/organisations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(input("  ", "CONSORTIUM")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors", hasSize(1)))
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    verifyNoInteractions(organisations);
  }

  @Test
  void badKindInBodyIsA400NamingTheJsonPath() throws Exception {
    mvc.perform(post("/api/v1/organisations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(input("Cineca", "SPACESHIP")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("$.kind"))
        .andExpect(jsonPath("$.errors[0].message", containsString("SPACESHIP")));
    verifyNoInteractions(organisations);
  }

  @Test
  void malformedJsonIsA400() throws Exception {
    mvc.perform(post("/api/v1/organisations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"Cineca\", "))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").exists());
    verifyNoInteractions(organisations);
  }

  @Test
  void possibleDuplicateIsA409WithCandidatesAndTheirPaths() throws Exception {
    when(organisations.create(any(), eq(false))).thenThrow(new PossibleDuplicateException(List.of(CINECA)));

    mvc.perform(post("/api/v1/organisations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(input("CINECA", "CONSORTIUM")))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://intercluster.eu/problems/possible-duplicate"))
        .andExpect(jsonPath("$.candidates", hasSize(1)))
        .andExpect(jsonPath("$.candidates[0].id").value(7))
        .andExpect(jsonPath("$.candidates[0].key").value("org-cineca"))
        .andExpect(jsonPath("$.candidates[0].label").value("Cineca"))
        .andExpect(jsonPath("$.candidates[0].path").value("/api/v1/organisations/7"))
        .andExpect(jsonPath("$.hint", containsString("/merge?into=")))
        .andExpect(jsonPath("$.hint", containsString("allowSimilar=true")));
  }

  @Test
  void allowSimilarIsPassedToTheService() throws Exception {
    when(organisations.create(any(), eq(true))).thenReturn(CINECA_SUMMARY);

    mvc.perform(post("/api/v1/organisations").param("allowSimilar", "true").with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(input("Cineca", "CONSORTIUM")))
        .andExpect(status().isCreated());
    verify(organisations).create(any(), eq(true));
  }

  @Test
  void updateReplacesTheFields() throws Exception {
    when(organisations.update(eq(7L), any())).thenReturn(CINECA_SUMMARY);

    mvc.perform(put("/api/v1/organisations/7").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(input("Cineca", "CONSORTIUM")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Cineca"));
    verify(organisations).update(eq(7L), any(OrganisationInput.class));
  }

  @Test
  void deleteAnswers204() throws Exception {
    mvc.perform(delete("/api/v1/organisations/7").with(csrf()))
        .andExpect(status().isNoContent());
    verify(organisations).delete(7);
  }

  @Test
  void deletingAReferencedOrganisationIsA409ListingTheReferences() throws Exception {
    doThrow(new ConflictException("referenced", "Cineca is still referred to",
        List.of("INVOLVES from Emilia-Romagna–Québec memorandum", "role of Francesco Ubertini")))
        .when(organisations).delete(7);

    mvc.perform(delete("/api/v1/organisations/7").with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://intercluster.eu/problems/referenced"))
        .andExpect(jsonPath("$.details", hasSize(2)))
        .andExpect(jsonPath("$.details[1]").value("role of Francesco Ubertini"));
  }

  @Test
  void mergeAnswersTheTarget() throws Exception {
    when(organisations.merge(12, 7)).thenReturn(CINECA_SUMMARY);

    mvc.perform(post("/api/v1/organisations/12/merge").param("into", "7").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(7));
    verify(organisations).merge(12, 7);
  }

  @Test
  void mergeIntoItselfOrWithoutTargetIsA400() throws Exception {
    mvc.perform(post("/api/v1/organisations/7/merge").param("into", "7").with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("into"));
    mvc.perform(post("/api/v1/organisations/7/merge").with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("into"))
        .andExpect(jsonPath("$.errors[0].message").value("is required"));
    verifyNoInteractions(organisations);
  }

  @Test
  void countriesAndRegionsForFilters() throws Exception {
    when(organisations.countries()).thenReturn(List.of("Canada", "Italy"));
    mvc.perform(get("/api/v1/organisations/countries"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[1]").value("Italy"));
  }
}
