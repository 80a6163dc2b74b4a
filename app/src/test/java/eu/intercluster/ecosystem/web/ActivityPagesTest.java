package eu.intercluster.ecosystem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.ActivityDetails;
import eu.intercluster.ecosystem.ActivityInput;
import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivitySummary;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.system.ConflictException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "EDITOR")
class ActivityPagesTest extends RecordWebTest {

  private static final String TITLE = "Clust-ER Innovate mission to the Basque Country";

  private ActivityDetails mission() {
    return new ActivityDetails(30, "act-30", TITLE, ActivityKind.MISSION, null, null, "early February 2024",
        place(40, "Basque Country"), programme(50, "Clust-ER Innovate"), activity(29, "Clust-ER Innovate 2024"),
        "Visits to the Basque Cybersecurity Centre and Tecnalia", List.of("HPC"),
        List.of(activity(31, "Visit to Tecnalia"), activity(32, "Hydrogen corridor visit")),
        List.of(org(10, "ART-ER")),
        List.of(org(11, "Clust-ER Innovate"), org(12, "Basque Cybersecurity Centre"), person(13, "Ana López")),
        List.of(relation(60, RelationType.ORGANISED, org(10, "ART-ER"), activity(30, TITLE),
            "ART-ER organised the mission")),
        List.of(SOURCE));
  }

  @Test
  void listPassesQueryKindAndTheme() throws Exception {
    when(activities.search(eq("basque"), eq(ActivityKind.MISSION), eq("HPC"), any(Pageable.class)))
        .thenReturn(pageOf(List.of(new ActivitySummary(30, "act-30", TITLE, ActivityKind.MISSION, null, null,
            "early February 2024", place(40, "Basque Country"), List.of("HPC")))));

    mvc.perform(get("/activities").param("q", "basque").param("kind", "MISSION").param("theme", "HPC"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(TITLE), containsString("early February 2024"),
            containsString("href=\"/places/40\""))));
    verify(activities).search(eq("basque"), eq(ActivityKind.MISSION), eq("HPC"), any(Pageable.class));
  }

  @Test
  void htmxGetsOnlyTheResults() throws Exception {
    when(activities.search(isNull(), isNull(), isNull(), any(Pageable.class))).thenReturn(pageOf(List.of()));

    mvc.perform(get("/activities").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"results\""), containsString("No results"),
            not(containsString("<html")))));
    mvc.perform(get("/activities").header("HX-Request", "true").header("Accept-Language", "it"))
        .andExpect(content().string(containsString("Nessun risultato")));
  }

  @Test
  void historyRestoreGetsTheWholePage() throws Exception {
    when(activities.search(isNull(), isNull(), isNull(), any(Pageable.class))).thenReturn(pageOf(List.of()));

    mvc.perform(get("/activities").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
        .andExpect(content().string(containsString("<html")));
  }

  @Test
  void detailShowsOrganisersParticipantsSubActivitiesAndVerbatimDate() throws Exception {
    when(activities.get(30)).thenReturn(mission());

    String html = body(mvc.perform(get("/activities/30")).andExpect(status().isOk()));

    assertThat(html).contains("early February 2024", "href=\"/places/40\"", "href=\"/programmes/50\"",
        "href=\"/activities/29\"", "/graph?focus=act-30", "«ART-ER organised the mission»");
    assertThat(html).containsPattern("id=\"organisers\"[\\s\\S]*ART-ER[\\s\\S]*id=\"participants\"");
    assertThat(html).containsPattern(
        "id=\"participant-organisations\"[\\s\\S]*Clust-ER Innovate[\\s\\S]*Basque Cybersecurity Centre[\\s\\S]*id=\"participant-people\"[\\s\\S]*href=\"/people/13\"");
    assertThat(html).containsPattern("id=\"children\"[\\s\\S]*Visit to Tecnalia[\\s\\S]*Hydrogen corridor visit");
  }

  @Test
  void createSendsOrganisersAndParticipants() throws Exception {
    when(activities.create(any())).thenReturn(new ActivitySummary(33, "act-33", "Emilia-Romagna meets Catalonia",
        ActivityKind.BROKERAGE_EVENT, null, null, null, null, List.of()));

    mvc.perform(post("/activities").with(csrf())
            .param("title", "Emilia-Romagna meets Catalonia").param("kind", "BROKERAGE_EVENT")
            .param("startDate", "2024-03-12").param("endDate", "2024-03-13").param("placeId", "40")
            .param("programmeId", "").param("organiserIds", "10")
            .param("participantOrganisationIds", "11", "12").param("participantPersonIds", "13"))
        .andExpect(redirectedUrl("/activities/33"));

    ArgumentCaptor<ActivityInput> input = ArgumentCaptor.forClass(ActivityInput.class);
    verify(activities).create(input.capture());
    assertThat(input.getValue().organiserIds()).containsExactly(10L);
    assertThat(input.getValue().participantOrganisationIds()).containsExactly(11L, 12L);
    assertThat(input.getValue().participantPersonIds()).containsExactly(13L);
    assertThat(input.getValue().placeId()).isEqualTo(40L);
    assertThat(input.getValue().programmeId()).isNull();
    assertThat(input.getValue().endDate()).isEqualTo(LocalDate.of(2024, 3, 13));
  }

  @Test
  void blankTitleAndEndBeforeStartAreShownNextToTheirFields() throws Exception {
    String html = body(mvc.perform(post("/activities").with(csrf())
            .param("title", "  ").param("kind", "MISSION")
            .param("startDate", "2024-02-05").param("endDate", "2024-02-01"))
        .andExpect(status().isUnprocessableContent()));

    assertThat(html).containsPattern(fieldError("title", "Required."));
    assertThat(html).containsPattern(fieldError("endDate", "The end date must not be before the start date."));
    assertThat(html).doesNotContainPattern(fieldError("startDate", "The end date"));
    verify(activities, never()).create(any());
  }

  @Test
  void anActivityCannotBeItsOwnParent() throws Exception {
    when(activities.get(30)).thenReturn(mission());

    String html = body(mvc.perform(post("/activities/30").with(csrf())
            .param("title", TITLE).param("kind", "MISSION").param("parentId", "30"))
        .andExpect(status().isUnprocessableContent()));

    assertThat(html).containsPattern(fieldError("parentId", "A record cannot be part of itself."));
    verify(activities, never()).update(eq(30L), any());
  }

  @Test
  void refusedDeleteListsTheSubActivities() throws Exception {
    when(activities.get(30)).thenReturn(mission());
    doThrow(new ConflictException("referenced", "has sub-activities",
        List.of("Visit to Tecnalia (/activities/31)", "Hydrogen corridor visit (/activities/32)")))
        .when(activities).delete(30);

    mvc.perform(post("/activities/30/delete").with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(allOf(containsString("cannot be deleted"),
            containsString("Visit to Tecnalia (/activities/31)"),
            containsString("Hydrogen corridor visit (/activities/32)"))));
  }

  @Test
  void italianLabels() throws Exception {
    when(activities.get(30)).thenReturn(mission());

    mvc.perform(get("/activities/30").header("Accept-Language", "it"))
        .andExpect(content().string(allOf(containsString("Organizzatori"), containsString("Partecipanti"),
            containsString("Sotto-attività"), containsString("Missione"))));
  }
}
