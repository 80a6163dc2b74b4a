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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.AgreementDetails;
import eu.intercluster.ecosystem.AgreementInput;
import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementStatus;
import eu.intercluster.ecosystem.AgreementSummary;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "EDITOR")
class AgreementPagesTest extends RecordWebTest {

  private static final String TITLE = "Memorandum of understanding Emilia-Romagna – Québec";

  private AgreementDetails mou() {
    return new AgreementDetails(7, "agr-7", TITLE, AgreementKind.MOU, AgreementStatus.SIGNED,
        LocalDate.of(2025, 9, 5), place(4, "Bologna"), "five-year", LocalDate.of(2030, 9, 5),
        "Cooperation on AI and big data", List.of("AI", "BIG_DATA"),
        List.of(org(1, "Regione Emilia-Romagna"), org(2, "Gouvernement du Québec")),
        List.of(person(5, "Martine Biron"), person(6, "Michele de Pascale")),
        List.of(org(3, "Cineca")),
        List.of(relation(21, RelationType.SIGNED, agreement(7, TITLE), org(2, "Gouvernement du Québec"),
            "Québec and Emilia-Romagna signed a five-year memorandum"),
            relation(22, RelationType.INVOLVES, agreement(7, TITLE), org(3, "Cineca"),
                "with Cineca and CRIM among the partners")),
        List.of(SOURCE));
  }

  @Test
  void listPassesQueryStatusAndThemeAndKeepsThemInThePager() throws Exception {
    when(agreements.search(eq("quebec"), eq(AgreementStatus.SIGNED), eq("AI"), isNull(), any(Pageable.class)))
        .thenReturn(new org.springframework.data.domain.PageImpl<>(List.of(new AgreementSummary(7, "agr-7", TITLE,
            AgreementKind.MOU, AgreementStatus.SIGNED, LocalDate.of(2025, 9, 5),
            List.of(org(1, "Regione Emilia-Romagna")), List.of("AI"))), PageRequest.of(0, 20), 45));

    mvc.perform(get("/agreements").param("q", "quebec").param("status", "SIGNED").param("theme", "AI"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(TITLE), containsString("Regione Emilia-Romagna"),
            containsString("45 results"), containsString("/agreements?page=1&amp;q=quebec&amp;status=SIGNED&amp;theme=AI"),
            containsString("<option value=\"SIGNED\" selected=\"selected\">"))));
  }

  @Test
  void anOrganisationsAgreementsKeepTheOrganisationInTheSearchForm() throws Exception {
    when(agreements.search(isNull(), isNull(), isNull(), eq(3L), any(Pageable.class))).thenReturn(pageOf(List.of()));

    mvc.perform(get("/agreements").param("organisation", "3"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("hx-get=\"/agreements\""),
            containsString("<input type=\"hidden\" name=\"organisation\" value=\"3\">"))));
  }

  @Test
  void unknownStatusIsIgnored() throws Exception {
    when(agreements.search(isNull(), isNull(), isNull(), isNull(), any(Pageable.class))).thenReturn(pageOf(List.of()));

    mvc.perform(get("/agreements").param("status", "NONSENSE"))
        .andExpect(status().isOk());
    verify(agreements).search(isNull(), isNull(), isNull(), isNull(), any(Pageable.class));
  }

  @Test
  void htmxGetsOnlyTheResultsFragment() throws Exception {
    when(agreements.search(eq("mou"), isNull(), isNull(), isNull(), any(Pageable.class))).thenReturn(pageOf(List.of(
        new AgreementSummary(7, "agr-7", TITLE, AgreementKind.MOU, AgreementStatus.SIGNED, null, List.of(), List.of()))));

    mvc.perform(get("/agreements").param("q", "mou").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(header().string("Vary", containsString("HX-Request")))
        .andExpect(content().string(allOf(containsString("<div id=\"results\">"), containsString(TITLE),
            not(containsString("<html")), not(containsString("name=\"q\"")))));
  }

  @Test
  void detailShowsPartiesSignatoriesInvolvedAndQuotes() throws Exception {
    when(agreements.get(7)).thenReturn(mou());

    String html = body(mvc.perform(get("/agreements/7")).andExpect(status().isOk()));

    assertThat(html).contains("Memorandum of understanding", "five-year", "2025-09-05", "2030-09-05",
        "href=\"/places/4\"", "badge text-bg-primary", "/graph?focus=agr-7",
        "«Québec and Emilia-Romagna signed a five-year memorandum»", "«with Cineca and CRIM among the partners»",
        SOURCE.title(), "/agreements/7/edit", "/agreements/7/delete");
    assertThat(html).containsPattern("id=\"parties\"[\\s\\S]*Regione Emilia-Romagna[\\s\\S]*Gouvernement du Québec[\\s\\S]*id=\"signatories\"");
    assertThat(html).containsPattern("id=\"signatories\"[\\s\\S]*Martine Biron[\\s\\S]*Michele de Pascale[\\s\\S]*id=\"involved\"");
    assertThat(html).containsPattern("id=\"involved\"[\\s\\S]*href=\"/organisations/3\"[\\s\\S]*id=\"relations\"");
  }

  @Test
  void editFormPreselectsPartiesSignatoriesAndThemes() throws Exception {
    when(agreements.get(7)).thenReturn(mou());
    when(places.options()).thenReturn(List.of(place(4, "Bologna")));
    when(people.options()).thenReturn(List.of(person(5, "Martine Biron"), person(6, "Michele de Pascale")));

    String html = body(mvc.perform(get("/agreements/7/edit")).andExpect(status().isOk()));

    assertThat(html).contains("value=\"2025-09-05\"", "value=\"five-year\"");
    assertThat(html).containsPattern("name=\"partyIds\"[\\s\\S]*?<option value=\"2\" selected=\"selected\">Gouvernement du Québec");
    assertThat(html).containsPattern("name=\"signatoryIds\"[\\s\\S]*?<option value=\"5\" selected=\"selected\">Martine Biron");
    assertThat(html).containsPattern("name=\"signingPlaceId\"[\\s\\S]*?<option value=\"4\" selected=\"selected\">Bologna");
    assertThat(html).containsPattern("value=\"AI\"[^>]*checked=\"checked\"");
  }

  @Test
  void createSendsPartiesSignatoriesAndThemes() throws Exception {
    when(agreements.create(any())).thenReturn(new AgreementSummary(8, "agr-8", "ALMA–ITHQ", AgreementKind.PROTOCOL,
        AgreementStatus.DRAFT, null, List.of(), List.of()));

    mvc.perform(post("/agreements").with(csrf())
            .param("title", "ALMA–ITHQ").param("kind", "PROTOCOL").param("status", "DRAFT")
            .param("signedOn", "2025-09-05").param("expiresOn", "").param("signingPlaceId", "4")
            .param("partyIds", "1", "2").param("signatoryIds", "5").param("involvedIds", "3")
            .param("themes", "AI", "BIG_DATA"))
        .andExpect(redirectedUrl("/agreements/8"))
        .andExpect(flash().attribute("flash", "Saved."));

    ArgumentCaptor<AgreementInput> input = ArgumentCaptor.forClass(AgreementInput.class);
    verify(agreements).create(input.capture());
    assertThat(input.getValue().partyIds()).containsExactly(1L, 2L);
    assertThat(input.getValue().signatoryIds()).containsExactly(5L);
    assertThat(input.getValue().involvedIds()).containsExactly(3L);
    assertThat(input.getValue().signingPlaceId()).isEqualTo(4L);
    assertThat(input.getValue().themes()).isEqualTo(Set.of("AI", "BIG_DATA"));
    assertThat(input.getValue().signedOn()).isEqualTo(LocalDate.of(2025, 9, 5));
  }

  @Test
  void blankTitleAndExpiryBeforeSigningAreShownNextToTheirFields() throws Exception {
    String html = body(mvc.perform(post("/agreements").with(csrf())
            .param("title", "").param("kind", "MOU").param("status", "SIGNED")
            .param("signedOn", "2025-09-05").param("expiresOn", "2024-01-01"))
        .andExpect(status().isUnprocessableContent()));

    assertThat(html).containsPattern(fieldError("title", "Required."));
    assertThat(html).containsPattern(fieldError("expiresOn", "The expiry date must not be before the signing date."));
    assertThat(html).contains("value=\"2024-01-01\"");
    verify(agreements, never()).create(any());
  }

  @Test
  void missingKindAndBadDateAreReported() throws Exception {
    String html = body(mvc.perform(post("/agreements").with(csrf())
            .param("title", "MoU").param("kind", "").param("status", "SIGNED").param("signedOn", "5 Sept"))
        .andExpect(status().isUnprocessableContent()));

    assertThat(html).containsPattern(fieldError("kind", "Required."));
    assertThat(html).containsPattern(fieldError("signedOn", "Not a valid date (YYYY-MM-DD)."));
  }

  @Test
  void serviceProblemsGoToTheNamedField() throws Exception {
    when(agreements.create(any())).thenThrow(new InvalidInputException("invalid agreement", List.of(
        new FieldProblem("signingPlaceId", "place 99 does not exist"),
        new FieldProblem("somethingElse", "is odd"))));

    String html = body(mvc.perform(post("/agreements").with(csrf())
            .param("title", "MoU").param("kind", "MOU").param("status", "SIGNED").param("signingPlaceId", "99"))
        .andExpect(status().isUnprocessableContent()));

    assertThat(html).containsPattern(fieldError("signingPlaceId", "place 99 does not exist"));
    assertThat(html).containsPattern("alert-danger[\\s\\S]*somethingElse: is odd");
  }

  @Test
  void refusedDeleteShowsTheDetailWithTheReferences() throws Exception {
    when(agreements.get(7)).thenReturn(mou());
    doThrow(new ConflictException("referenced", "still referenced", List.of("meeting 12 led to it")))
        .when(agreements).delete(7);

    mvc.perform(post("/agreements/7/delete").with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(allOf(containsString("id=\"refusal\""), containsString("meeting 12 led to it"),
            containsString(TITLE))));
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void viewersCannotSeeEditOrDelete() throws Exception {
    when(agreements.get(7)).thenReturn(mou());

    mvc.perform(get("/agreements/7"))
        .andExpect(content().string(allOf(containsString(TITLE), not(containsString("/agreements/7/edit")),
            not(containsString("/agreements/7/delete")))));
  }

  @Test
  void italianLabels() throws Exception {
    when(agreements.get(7)).thenReturn(mou());

    mvc.perform(get("/agreements/7").header("Accept-Language", "it-IT,it;q=0.9"))
        .andExpect(content().string(allOf(containsString("Parti"), containsString("Firmatari"),
            containsString("Coinvolti"), containsString("Firmato il"), containsString("Mostra nel grafo"),
            containsString("Modifica"))));

    String html = body(mvc.perform(post("/agreements").with(csrf()).header("Accept-Language", "it")
        .param("title", "").param("kind", "MOU").param("status", "SIGNED")
        .param("signedOn", "2025-09-05").param("expiresOn", "2024-01-01")));
    assertThat(html).containsPattern(fieldError("title", "Campo obbligatorio."));
    assertThat(html).containsPattern(fieldError("expiresOn", "La scadenza non può precedere la data di firma."));
  }
}
