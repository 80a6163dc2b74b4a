package eu.intercluster.ecosystem.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
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

import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.ActivitySummary;
import eu.intercluster.ecosystem.AgreementInput;
import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.AgreementStatus;
import eu.intercluster.ecosystem.AgreementSummary;
import eu.intercluster.ecosystem.PersonInput;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PersonSummary;
import eu.intercluster.ecosystem.PlaceKind;
import eu.intercluster.ecosystem.PlaceService;
import eu.intercluster.ecosystem.PlaceSummary;
import eu.intercluster.ecosystem.ProgrammeKind;
import eu.intercluster.ecosystem.ProgrammeService;
import eu.intercluster.ecosystem.ProgrammeSummary;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.RelationInput;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RelationView;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.time.LocalDate;
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

@WebMvcTest(controllers = {PersonApiController.class, PlaceApiController.class, ProgrammeApiController.class,
    AgreementApiController.class, ActivityApiController.class, RelationApiController.class})
@WithMockUser(roles = "EDITOR")
class RecordsApiControllerTest {

  static final RecordRef CINECA = new RecordRef(RecordKind.ORGANISATION, 7, "org-cineca", "Cineca");
  static final RecordRef MOU = new RecordRef(RecordKind.AGREEMENT, 21, "agr-er-quebec-mou", "ER–Québec MoU");
  static final SourceRef SOURCE = new SourceRef(1, "src-000", "Emilia-Romagna and Québec sign", "000.txt", "en",
      LocalDate.of(2025, 9, 5), null);
  static final RelationView INVOLVES = new RelationView(100, RelationType.INVOLVES, MOU, CINECA, null, null, null,
      SOURCE, "with Cineca and CRIM");

  @Autowired MockMvc mvc;
  @MockitoBean PersonService people;
  @MockitoBean PlaceService places;
  @MockitoBean ProgrammeService programmes;
  @MockitoBean AgreementService agreements;
  @MockitoBean ActivityService activities;
  @MockitoBean RelationService relations;
  @MockitoBean ThemeCatalogue themes;

  @Test
  void searchesPeopleWithPaging() throws Exception {
    when(people.search(any(), any())).thenAnswer(call -> new PageImpl<>(
        List.of(new PersonSummary(3, "per-martine-biron", "Martine Biron", List.of("ministre, Québec"))),
        call.getArgument(1, Pageable.class), 1));

    mvc.perform(get("/api/v1/people").param("q", "biron").param("size", "5"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].name").value("Martine Biron"))
        .andExpect(jsonPath("$.content[0].roles[0]").value("ministre, Québec"))
        .andExpect(jsonPath("$.size").value(5))
        .andExpect(jsonPath("$.totalElements").value(1));
    verify(people).search("biron", PageRequest.of(0, 5));
  }

  @Test
  void createsAPersonWithLocationAndRejectsAnOverlongRole() throws Exception {
    when(people.create(any())).thenReturn(new PersonSummary(3, "per-martine-biron", "Martine Biron", List.of()));

    mvc.perform(post("/api/v1/people").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"Martine Biron\", \"roles\": [{\"organisationId\": 5, \"role\": \"ministre\"}]}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/people/3"));
    ArgumentCaptor<PersonInput> input = ArgumentCaptor.forClass(PersonInput.class);
    verify(people).create(input.capture());
    assertThat(input.getValue().roles().get(0).organisationId()).isEqualTo(5L);

    mvc.perform(post("/api/v1/people").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"Martine Biron\", \"roles\": [{\"role\": \"" + "x".repeat(1001) + "\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("roles[0].role"));
  }

  @Test
  void searchesPlacesByKindAndRejectsAnUnknownKind() throws Exception {
    when(places.search(any(), any(), any())).thenReturn(new PageImpl<>(List.of(new PlaceSummary(2, "pl-bologna",
        "Bologna", PlaceKind.CITY, "Italy", new RecordRef(RecordKind.PLACE, 1, "pl-emilia-romagna", "Emilia-Romagna")))));

    mvc.perform(get("/api/v1/places").param("kind", "CITY"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].parent.key").value("pl-emilia-romagna"));
    verify(places).search(null, PlaceKind.CITY, PageRequest.of(0, 20));

    mvc.perform(get("/api/v1/places").param("kind", "PLANET"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"))
        .andExpect(jsonPath("$.errors[0].message", containsString("INFRASTRUCTURE")));
  }

  @Test
  void placeCycleFromTheServiceIsA422NamingTheField() throws Exception {
    when(places.update(eq(1L), any())).thenThrow(new InvalidInputException("parentId",
        "would make a cycle: Bologna is inside Emilia-Romagna"));

    mvc.perform(put("/api/v1/places/1").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"Emilia-Romagna\", \"kind\": \"REGION\", \"parentId\": 2}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"));
  }

  @Test
  void searchesProgrammesByKindAndTheme() throws Exception {
    when(themes.exists("AI")).thenReturn(true);
    when(programmes.search(any(), any(), any(), any())).thenReturn(new PageImpl<>(List.of(
        new ProgrammeSummary(4, "prg-pr-fesr-2021-2027", "Pr Fesr 2021-2027", ProgrammeKind.FUNDING_PROGRAMME,
            List.of()))));

    mvc.perform(get("/api/v1/programmes").param("kind", "FUNDING_PROGRAMME").param("theme", "ai"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].key").value("prg-pr-fesr-2021-2027"));
    verify(programmes).search(null, ProgrammeKind.FUNDING_PROGRAMME, "AI", PageRequest.of(0, 20));
  }

  @Test
  void searchesAgreementsByStatusThemeAndOrganisation() throws Exception {
    when(themes.exists("AI")).thenReturn(true);
    when(agreements.search(any(), any(), any(), any(), any())).thenReturn(new PageImpl<>(List.of(
        new AgreementSummary(21, "agr-er-quebec-mou", "ER–Québec MoU", AgreementKind.MOU, AgreementStatus.SIGNED,
            null, List.of(CINECA), List.of("AI", "BIG_DATA")))));

    mvc.perform(get("/api/v1/agreements").param("q", "québec").param("status", "SIGNED").param("theme", "AI")
            .param("organisation", "7"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].status").value("SIGNED"))
        .andExpect(jsonPath("$.content[0].parties[0].label").value("Cineca"));
    verify(agreements).search("québec", AgreementStatus.SIGNED, "AI", 7L, PageRequest.of(0, 20));

    mvc.perform(get("/api/v1/agreements").param("status", "signed-ish"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(jsonPath("$.errors[0].message", containsString("RENEWED")));
    mvc.perform(get("/api/v1/agreements").param("organisation", "cineca"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("organisation"));
  }

  @Test
  void agreementValidationNamesEveryField() throws Exception {
    mvc.perform(post("/api/v1/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"title\": \"MoU\", \"kind\": \"MOU\", \"status\": null,"
                + " \"signedOn\": \"2025-09-05\", \"expiresOn\": \"2025-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(2)))
        .andExpect(jsonPath("$.errors[?(@.field == 'status')].message").value("must be one of the agreement statuses"))
        .andExpect(jsonPath("$.errors[?(@.field == 'expiresOn')].message").value("must not be before the signing date"));
    mvc.perform(post("/api/v1/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"title\": \"MoU\", \"kind\": \"MOU\", \"status\": \"SIGNED\", \"signedOn\": \"5 Sept 2025\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("$.signedOn"));
    verifyNoInteractions(agreements);
  }

  @Test
  void createsAnAgreementWithItsParties() throws Exception {
    when(agreements.create(any())).thenReturn(new AgreementSummary(21, "agr-er-quebec-mou", "ER–Québec MoU",
        AgreementKind.MOU, AgreementStatus.SIGNED, null, List.of(CINECA), List.of("AI")));

    mvc.perform(post("/api/v1/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"title\": \"ER–Québec MoU\", \"kind\": \"MOU\", \"status\": \"SIGNED\", \"partyIds\": [7, 8],"
                + " \"themes\": [\"AI\"]}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/agreements/21"));
    ArgumentCaptor<AgreementInput> input = ArgumentCaptor.forClass(AgreementInput.class);
    verify(agreements).create(input.capture());
    assertThat(input.getValue().partyIds()).containsExactly(7L, 8L);
  }

  @Test
  void searchesActivitiesByKindAndTheme() throws Exception {
    when(themes.exists("HYDROGEN")).thenReturn(true);
    when(activities.search(any(), any(), any(), any())).thenReturn(new PageImpl<>(List.of(new ActivitySummary(30,
        "act-mission", "Clust-ER Innovate in the Basque Country", ActivityKind.MISSION, LocalDate.of(2024, 2, 5),
        null, null, null, List.of("HYDROGEN")))));

    mvc.perform(get("/api/v1/activities").param("kind", "MISSION").param("theme", "HYDROGEN"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].startDate").value("2024-02-05"));
    verify(activities).search(null, ActivityKind.MISSION, "HYDROGEN", PageRequest.of(0, 20));
  }

  @Test
  void activityEndBeforeStartIsA400() throws Exception {
    mvc.perform(post("/api/v1/activities").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"title\": \"Mission\", \"kind\": \"MISSION\", \"startDate\": \"2024-02-05\","
                + " \"endDate\": \"2024-02-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("endDate"));
    verifyNoInteractions(activities);
  }

  @Test
  void deletingAnActivityWithSubActivitiesIsA409() throws Exception {
    doThrow(new ConflictException("referenced", "The activity has sub-activities", List.of("Visit to Tecnalia")))
        .when(activities).delete(30);

    mvc.perform(delete("/api/v1/activities/30").with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.details[0]").value("Visit to Tecnalia"));
  }

  @Test
  void listsRelationsByType() throws Exception {
    when(relations.list(any(), any())).thenReturn(new PageImpl<>(List.of(INVOLVES)));

    mvc.perform(get("/api/v1/relations").param("type", "INVOLVES"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].from.key").value("agr-er-quebec-mou"))
        .andExpect(jsonPath("$.content[0].source.publishedOn").value("2025-09-05"))
        .andExpect(jsonPath("$.content[0].quote").value("with Cineca and CRIM"));
    verify(relations).list(RelationType.INVOLVES, PageRequest.of(0, 20));

    mvc.perform(get("/api/v1/relations").param("type", "LIKES"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"));
  }

  @Test
  void createsAndDeletesRelations() throws Exception {
    when(relations.create(any())).thenReturn(INVOLVES);

    mvc.perform(post("/api/v1/relations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"type\": \"INVOLVES\", \"fromKind\": \"AGREEMENT\", \"fromId\": 21,"
                + " \"toKind\": \"ORGANISATION\", \"toId\": 7, \"sourceId\": 1, \"quote\": \"with Cineca and CRIM\"}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/relations/100"));
    verify(relations).create(new RelationInput(RelationType.INVOLVES, RecordKind.AGREEMENT, 21L,
        RecordKind.ORGANISATION, 7L, null, null, null, 1L, "with Cineca and CRIM"));

    mvc.perform(post("/api/v1/relations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"type\": \"INVOLVES\", \"fromKind\": \"AGREEMENT\", \"toKind\": \"ORGANISATION\", \"toId\": 7}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("fromId"));

    mvc.perform(delete("/api/v1/relations/100").with(csrf()))
        .andExpect(status().isNoContent());
    verify(relations).delete(100);
  }

  @Test
  void listsTheRelationsOfARecordAndTheSources() throws Exception {
    when(relations.touching(RecordKind.ORGANISATION, 7)).thenReturn(List.of(INVOLVES));
    when(relations.sources()).thenReturn(List.of(SOURCE));

    mvc.perform(get("/api/v1/organisations/7/relations"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].type").value("INVOLVES"));
    mvc.perform(get("/api/v1/people/3/relations"))
        .andExpect(status().isOk());
    verify(relations).touching(RecordKind.PERSON, 3);
    mvc.perform(get("/api/v1/sources"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].origin").value("000.txt"));
  }

  @Test
  void unknownIdsAre404Problems() throws Exception {
    when(people.get(404)).thenThrow(new NotFoundException("Person", 404));
    when(relations.get(404)).thenThrow(new NotFoundException("Relation", 404));
    doThrow(new NotFoundException("Programme", 404)).when(programmes).delete(404);

    mvc.perform(get("/api/v1/people/404"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Person 404 does not exist"));
    mvc.perform(get("/api/v1/relations/404")).andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/programmes/404").with(csrf())).andExpect(status().isNotFound());
  }

  @Test
  void nonNumericIdIsA400NamingId() throws Exception {
    mvc.perform(get("/api/v1/agreements/mou"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"))
        .andExpect(jsonPath("$.errors[0].message", containsString("whole number")));
    verify(agreements, org.mockito.Mockito.never()).get(org.mockito.ArgumentMatchers.anyLong());
  }

  @Test
  void blankSearchWordsAreNoFilter() throws Exception {
    when(programmes.search(any(), any(), any(), any())).thenReturn(new PageImpl<>(List.of()));
    mvc.perform(get("/api/v1/programmes").param("q", "  ").param("theme", ""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content", hasSize(0)))
        .andExpect(jsonPath("$.totalElements").value(0));
    verify(programmes).search(isNull(), isNull(), isNull(), eq(PageRequest.of(0, 20)));
  }
}
