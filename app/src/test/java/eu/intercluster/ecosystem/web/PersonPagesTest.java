package eu.intercluster.ecosystem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivityLink;
import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementLink;
import eu.intercluster.ecosystem.AgreementStatus;
import eu.intercluster.ecosystem.PersonDetails;
import eu.intercluster.ecosystem.PersonInput;
import eu.intercluster.ecosystem.PersonSummary;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RoleView;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "EDITOR")
class PersonPagesTest extends RecordWebTest {

  private PersonDetails biron() {
    return new PersonDetails(5, "per-5", "Martine Biron", List.of("M. Biron"), "Québec minister",
        List.of(new RoleView(1, person(5, "Martine Biron"), org(2, "Gouvernement du Québec"),
            "ministre des Relations internationales", LocalDate.of(2022, 10, 20), null, SOURCE,
            "la ministre des Relations internationales, Martine Biron")),
        List.of(new AgreementLink(agreement(7, "Emilia-Romagna–Québec MoU"), AgreementKind.MOU,
            AgreementStatus.SIGNED, RelationType.SIGNED, List.of(org(1, "Regione Emilia-Romagna")))),
        List.of(new ActivityLink(activity(8, "Signing ceremony in Bologna"), ActivityKind.CEREMONY,
            LocalDate.of(2025, 9, 5), null, RelationType.PARTICIPATED)),
        List.of(relation(3, RelationType.MEETS, person(5, "Martine Biron"), person(6, "Michele de Pascale"),
            "Biron met de Pascale")),
        List.of(SOURCE));
  }

  @Test
  void listPassesTheQuery() throws Exception {
    when(people.search(eq("biron"), any(Pageable.class))).thenReturn(pageOf(List.of(
        new PersonSummary(5, "per-5", "Martine Biron", List.of("ministre, Gouvernement du Québec")))));

    mvc.perform(get("/people").param("q", "biron"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Martine Biron"), containsString("hx-get=\"/people\""),
            containsString("value=\"biron\""),
            containsString("ministre, Gouvernement du Québec"))));
    verify(people).search(eq("biron"), any(Pageable.class));
  }

  @Test
  void htmxGetsOnlyTheResults() throws Exception {
    when(people.search(isNull(), any(Pageable.class))).thenReturn(pageOf(List.of(
        new PersonSummary(5, "per-5", "Martine Biron", List.of()))));

    mvc.perform(get("/people").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"results\""), containsString("Martine Biron"),
            not(containsString("<html")), not(containsString("navbar")))));
  }

  @Test
  void detailShowsRolesAgreementsActivitiesAndQuotes() throws Exception {
    when(people.get(5)).thenReturn(biron());

    mvc.perform(get("/people/5"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("ministre des Relations internationales"),
            containsString("href=\"/organisations/2\""),
            containsString("2022-10-20"),
            containsString("Emilia-Romagna–Québec MoU"), containsString(">signed</td>"),
            containsString("Signing ceremony in Bologna"),
            containsString("«Biron met de Pascale»"),
            containsString("/graph?focus=per-5"),
            containsString("/people/5/edit"))));
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void viewersSeeNoEditButtons() throws Exception {
    when(people.get(5)).thenReturn(biron());

    mvc.perform(get("/people/5"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Martine Biron"),
            not(containsString("/people/5/edit")), not(containsString("/people/5/delete")))));
  }

  @Test
  void editFormShowsRolesAsRows() throws Exception {
    when(people.get(5)).thenReturn(biron());

    mvc.perform(get("/people/5/edit"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("name=\"roles[0].role\""),
            containsString("value=\"ministre des Relations internationales\""),
            containsString("value=\"2022-10-20\""),
            containsString("name=\"roles[1].role\""),
            containsString("M. Biron"))));
  }

  @Test
  void createSplitsAliasesAndKeepsFilledRoleRows() throws Exception {
    when(people.create(any())).thenReturn(new PersonSummary(11, "per-11", "Michele de Pascale", List.of()));

    mvc.perform(post("/people").with(csrf())
            .param("name", "Michele de Pascale")
            .param("aliases", "de Pascale, M. de Pascale\nPresidente de Pascale")
            .param("roles[0].organisationId", "1").param("roles[0].role", "presidente della Regione")
            .param("roles[0].from", "2024-12-01")
            .param("roles[1].organisationId", "").param("roles[1].role", ""))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/people/11"))
        .andExpect(flash().attribute("flash", "Saved."));

    ArgumentCaptor<PersonInput> input = ArgumentCaptor.forClass(PersonInput.class);
    verify(people).create(input.capture());
    assertThat(input.getValue().aliases()).containsExactly("de Pascale", "M. de Pascale", "Presidente de Pascale");
    assertThat(input.getValue().roles()).hasSize(1);
    assertThat(input.getValue().roles().get(0).organisationId()).isEqualTo(1L);
    assertThat(input.getValue().roles().get(0).from()).isEqualTo(LocalDate.of(2024, 12, 1));
  }

  @Test
  void blankNameAndRoleEndingBeforeItStartsAreShownNextToTheFields() throws Exception {
    mvc.perform(post("/people").with(csrf())
            .param("name", " ")
            .param("roles[0].role", "direttore").param("roles[0].from", "2024-05-01")
            .param("roles[0].to", "2023-01-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(allOf(
            containsString("id=\"name\""),
            containsString("is-invalid"),
            containsString("Required."),
            containsString("The end of the role must not be before its start."))));
    verify(people, never()).create(any());
  }

  @Test
  void addRoleAddsAnEmptyRowWithoutSaving() throws Exception {
    mvc.perform(post("/people").with(csrf())
            .param("name", "")
            .param("roles[0].role", "direttore")
            .param("addRole", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("value=\"direttore\""),
            containsString("name=\"roles[1].role\""), not(containsString("Required.")))));
    verify(people, never()).create(any());
  }

  @Test
  void serviceProblemsAreShownOnTheRowTheyAreAbout() throws Exception {
    // the service numbers the roles it was sent: row 0 of the form is blank and is not sent
    when(people.update(eq(5L), any())).thenThrow(new InvalidInputException("roles[0].organisationId",
        "no organisation with id 99"));
    when(people.get(5)).thenReturn(biron());

    String html = body(mvc.perform(post("/people/5").with(csrf()).param("name", "Martine Biron")
            .param("roles[0].organisationId", "").param("roles[0].role", "")
            .param("roles[1].organisationId", "99").param("roles[1].role", "ministre"))
        .andExpect(status().isUnprocessableContent()));

    assertThat(html).containsPattern(fieldError("roles[1].organisationId", "no organisation with id 99"));
  }

  @Test
  void refusedDeleteListsTheReferences() throws Exception {
    when(people.get(5)).thenReturn(biron());
    doThrow(new ConflictException("referenced", "Martine Biron is still referenced",
        List.of("signed Emilia-Romagna–Québec MoU", "took part in Signing ceremony in Bologna")))
        .when(people).delete(5);

    mvc.perform(post("/people/5/delete").with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(allOf(containsString("cannot be deleted"),
            containsString("signed Emilia-Romagna–Québec MoU"),
            containsString("took part in Signing ceremony in Bologna"))));
  }

  @Test
  void deleteRedirectsToTheList() throws Exception {
    mvc.perform(post("/people/5/delete").with(csrf()))
        .andExpect(redirectedUrl("/people"))
        .andExpect(flash().attribute("flash", "Deleted."));
    verify(people).delete(anyLong());
  }

  @Test
  void italianLabels() throws Exception {
    when(people.get(5)).thenReturn(biron());

    mvc.perform(get("/people/5").header("Accept-Language", "it"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Ruoli"), containsString("Mostra nel grafo"),
            containsString("Relazioni"), containsString("Fonti"))));
    mvc.perform(post("/people").with(csrf()).header("Accept-Language", "it").param("name", ""))
        .andExpect(content().string(containsString("Campo obbligatorio.")));
  }
}
