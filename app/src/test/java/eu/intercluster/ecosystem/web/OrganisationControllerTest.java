package eu.intercluster.ecosystem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.accounts.AccountsSecurityProperties;
import eu.intercluster.accounts.ApiTokens;
import eu.intercluster.accounts.persistence.UserRepository;
import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivityLink;
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
import eu.intercluster.ecosystem.RoleView;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.ecosystem.ThemeView;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {OrganisationController.class, OrganisationListController.class})
@Import(OrganisationControllerTest.PlatformSecurity.class)
class OrganisationControllerTest {

  /**
   * The platform's security configuration (package-private in the accounts module) with its
   * properties, so that the slices check roles and CSRF as the application does.
   */
  static class PlatformSecurity implements ImportSelector {
    @Override
    public String[] selectImports(AnnotationMetadata metadata) {
      return new String[] {"eu.intercluster.accounts.security.SecurityConfiguration",
          SecurityProperties.class.getName()};
    }
  }

  /** What the security configuration needs from the accounts module, mocked for the web slices. */
  @EnableConfigurationProperties(AccountsSecurityProperties.class)
  static class SecurityProperties {
    @Bean
    ApiTokens apiTokens() {
      return Mockito.mock(ApiTokens.class);
    }

    @Bean
    UserRepository userRepository() {
      return Mockito.mock(UserRepository.class);
    }
  }

  static final RecordRef CINECA = new RecordRef(RecordKind.ORGANISATION, 5, "org-cineca", "Cineca");
  static final RecordRef CRIM = new RecordRef(RecordKind.ORGANISATION, 6, "org-crim", "CRIM");
  static final RecordRef REGION = new RecordRef(RecordKind.ORGANISATION, 9, "org-emilia-romagna",
      "Emilia-Romagna Region");
  static final RecordRef MOU = new RecordRef(RecordKind.AGREEMENT, 7, "agr-er-quebec-mou",
      "Emilia-Romagna – Québec MoU");
  static final RecordRef MISSION = new RecordRef(RecordKind.ACTIVITY, 11, "act-mission", "Mission to Québec");
  static final RecordRef PERSON = new RecordRef(RecordKind.PERSON, 21, "per-martine-biron", "Martine Biron");
  static final SourceRef SOURCE = new SourceRef(1, "src-000", "Emilia-Romagna and Québec sign MoU",
      "000_1d5a40ef56232640.txt", "en", LocalDate.of(2025, 9, 5), null);

  @Autowired MockMvc mvc;
  @MockitoBean OrganisationService organisations;
  @MockitoBean(name = "themeCatalogue") ThemeCatalogue themes;

  @BeforeEach
  void themes() {
    given(themes.all(any())).willAnswer(call -> ((Locale) call.getArgument(0)).getLanguage().equals("it")
        ? List.of(new ThemeView("AI", "Intelligenza artificiale"), new ThemeView("HPC", "Calcolo ad alte prestazioni"))
        : List.of(new ThemeView("AI", "Artificial intelligence"), new ThemeView("HPC", "High-performance computing")));
    given(themes.label(any(), any())).willAnswer(call -> "HPC".equals(call.getArgument(0))
        ? ("it".equals(((Locale) call.getArgument(1)).getLanguage()) ? "Calcolo ad alte prestazioni" : "High-performance computing")
        : ("it".equals(((Locale) call.getArgument(1)).getLanguage()) ? "Intelligenza artificiale" : "Artificial intelligence"));
    given(themes.exists(any())).willReturn(true);
    given(organisations.countries()).willReturn(List.of("Canada", "Italy"));
    given(organisations.regions()).willReturn(List.of("Emilia-Romagna", "Québec"));
  }

  static OrganisationSummary cinecaSummary() {
    return new OrganisationSummary(5, "org-cineca", "Cineca", null, OrganisationKind.CONSORTIUM, "Italy",
        "Emilia-Romagna", "Bologna", List.of("HPC"));
  }

  static OrganisationDetails cinecaDetails() {
    RelationView signed = new RelationView(31, RelationType.SIGNED, MOU, CINECA, null, null, null, SOURCE,
        "The agreement involves Cineca and CRIM for big data and AI.");
    return new OrganisationDetails(5, "org-cineca", "Cineca", "CIN", List.of("Consorzio Cineca", "Cineca HPC"),
        OrganisationKind.CONSORTIUM, "Italy", "Emilia-Romagna", "Bologna", "https://www.cineca.it",
        "Italian supercomputing consortium.", List.of("HPC"),
        List.of(new RoleView(41, PERSON, CINECA, "director of research", LocalDate.of(2024, 1, 1), null, SOURCE,
            "Martine Biron, director of research")),
        List.of(new AgreementLink(MOU, AgreementKind.MOU, AgreementStatus.SIGNED, RelationType.INVOLVES,
            List.of(REGION, CRIM))),
        List.of(new ActivityLink(MISSION, ActivityKind.MISSION, LocalDate.of(2024, 2, 5), null,
            RelationType.PARTICIPATED)),
        List.of(signed), List.of(SOURCE), Instant.parse("2025-10-01T10:15:30Z"));
  }

  private void searchReturns(OrganisationSummary... found) {
    given(organisations.search(any(), any())).willAnswer(call -> {
      Pageable pageable = call.getArgument(1);
      return new PageImpl<>(List.of(found), pageable, 45);
    });
  }

  // ---- list ---------------------------------------------------------------------------------

  @Test
  void searchPassesTheWordsAndFiltersToTheService() throws Exception {
    searchReturns(cinecaSummary());
    mvc.perform(get("/organisations").param("q", "quebec ai").param("kind", "CONSORTIUM")
            .param("country", "Italy").param("region", "Emilia-Romagna").param("theme", "HPC").param("page", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"search-q\""), containsString("value=\"quebec ai\""),
            containsString("class=\"org-link fw-semibold\" href=\"/organisations/5\">Cineca</a>"),
            containsString("Consortium"), containsString("Bologna, Emilia-Romagna, Italy"),
            containsString("High-performance computing"), containsString("45 results"),
            containsString("hx-trigger=\"keyup changed delay:300ms, search\""),
            containsString("<option value=\"Québec\">Québec</option>"),
            // the pager keeps the filters
            containsString("/organisations?page=2&amp;q=quebec%20ai&amp;kind=CONSORTIUM&amp;country=Italy"))));
    verify(organisations).search(
        new OrganisationFilter("quebec ai", OrganisationKind.CONSORTIUM, "Italy", "Emilia-Romagna", "HPC"),
        PageRequest.of(1, OrganisationListController.PAGE_SIZE));
  }

  @Test
  void onAPhoneThePlaceGoesUnderTheNameInsteadOfAColumnOfItsOwn() throws Exception {
    searchReturns(cinecaSummary());
    mvc.perform(get("/organisations"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("<span class=\"d-block d-md-none small text-muted org-place-phone\">Bologna, Emilia-Romagna, "
                + "Italy</span>"),
            containsString("<td class=\"d-none d-md-table-cell\">Bologna, Emilia-Romagna, Italy</td>"),
            not(containsString("<td>Bologna, Emilia-Romagna, Italy</td>")))));
  }

  @Test
  void emptyParametersAndAnUnknownKindMeanNoFilter() throws Exception {
    searchReturns();
    mvc.perform(get("/organisations").param("q", " ").param("kind", "SPACESHIP").param("country", ""))
        .andExpect(status().isOk());
    verify(organisations).search(OrganisationFilter.none(), PageRequest.of(0, OrganisationListController.PAGE_SIZE));
  }

  @Test
  void anHtmxRequestGetsOnlyTheResults() throws Exception {
    searchReturns(cinecaSummary());
    mvc.perform(get("/organisations").param("q", "cineca").param("kind", "").param("region", "Québec")
            .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(header().string("HX-Push-Url", "/organisations?q=cineca&region=Qu%C3%A9bec"))
        .andExpect(content().string(allOf(containsString("id=\"org-results\""), containsString(">Cineca</a>"),
            not(containsString("<html")), not(containsString("navbar")), not(containsString("id=\"search-q\"")))));
  }

  @Test
  void theFullPageHasTheSearchFormThatWorksWithoutJavascript() throws Exception {
    searchReturns(cinecaSummary());
    mvc.perform(get("/organisations"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<html"), containsString("navbar"),
            containsString("id=\"org-results\""), containsString("action=\"/organisations\" method=\"get\""))));
  }

  @Test
  void italianLabelsWithLangParameterAndAcceptLanguage() throws Exception {
    searchReturns(new OrganisationSummary(8, "org-unibo", "Università di Bologna", "UNIBO",
        OrganisationKind.UNIVERSITY, "Italy", "Emilia-Romagna", "Bologna", List.of("AI")));
    mvc.perform(get("/organisations").param("lang", "it"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Cerca organizzazioni"), containsString("45 risultati"),
            containsString("<td>Università</td>"), containsString("Intelligenza artificiale"))));
    mvc.perform(get("/organisations").header("Accept-Language", "it-IT,it;q=0.9"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Organizzazioni"), containsString("Sigla"))));
  }

  // ---- detail -------------------------------------------------------------------------------

  @Test
  void theOrganisationPageShowsPeopleAgreementsActivitiesRelationsAndQuotes() throws Exception {
    given(organisations.get(5)).willReturn(cinecaDetails());
    mvc.perform(get("/organisations/5"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("Cineca"), containsString("(CIN)"), containsString("Consorzio Cineca; Cineca HPC"),
            containsString("https://www.cineca.it"), containsString("Italian supercomputing consortium."),
            containsString("href=\"/people/21\""), containsString("director of research"),
            containsString("href=\"/agreements/7\""), containsString("Emilia-Romagna – Québec MoU"),
            containsString("Signed"), containsString("involved"), containsString("href=\"/organisations/9\""),
            containsString("href=\"/activities/11\""), containsString("2024-02-05"), containsString("took part in"),
            containsString("«The agreement involves Cineca and CRIM for big data and AI.»"),
            containsString("000_1d5a40ef56232640.txt"),
            containsString("href=\"/graph?focus=org-cineca\""))))
        // readers get no edit buttons
        .andExpect(content().string(allOf(not(containsString("id=\"org-edit\"")),
            not(containsString("id=\"org-merge-form\"")), not(containsString("id=\"org-delete\"")))));
    verify(organisations, never()).search(any(), any());
  }

  @Test
  void onlyWebAddressesBecomeLinks() throws Exception {
    OrganisationDetails c = cinecaDetails();
    given(organisations.get(5)).willReturn(new OrganisationDetails(c.id(), c.key(), c.name(), c.acronym(),
        c.aliases(), c.kind(), c.country(), c.region(), c.city(), "javascript:alert(1)", c.description(),
        c.themes(), c.people(), c.agreements(), c.activities(), c.relations(), c.sources(), c.updatedAt()));
    mvc.perform(get("/organisations/5"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<span id=\"org-website\">javascript:alert(1)</span>"),
            not(containsString("href=\"javascript:")))));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void editorsSeeEditDeleteAndMerge() throws Exception {
    given(organisations.get(5)).willReturn(cinecaDetails());
    searchReturns(cinecaSummary(), new OrganisationSummary(6, "org-crim", "CRIM", null,
        OrganisationKind.RESEARCH_CENTRE, "Canada", "Québec", "Montréal", List.of()));
    mvc.perform(get("/organisations/5"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"org-edit\""),
            containsString("href=\"/organisations/5/edit\""), containsString("id=\"org-delete\""),
            containsString("action=\"/organisations/5/merge\""), containsString("<option value=\"6\">CRIM</option>"),
            not(containsString("<option value=\"5\">")))));
  }

  @Test
  void anUnknownOrganisationIsA404Page() throws Exception {
    given(organisations.get(99)).willThrow(new NotFoundException("organisation", 99));
    mvc.perform(get("/organisations/99"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("does not exist")));
  }

  // ---- create and edit ----------------------------------------------------------------------

  @Test
  void theFormNeedsAnEditor() throws Exception {
    mvc.perform(get("/organisations/new")).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    mvc.perform(post("/organisations").with(csrf()).param("name", "X").param("kind", "CLUSTER"))
        .andExpect(status().is3xxRedirection());
    verify(organisations, never()).create(any(), anyBoolean());
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void postingWithoutTheCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/organisations").param("name", "X").param("kind", "CLUSTER"))
        .andExpect(status().isForbidden());
    verify(organisations, never()).create(any(), anyBoolean());
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void theNewFormHasAllFieldsAndThemes() throws Exception {
    mvc.perform(get("/organisations/new"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("name=\"name\""), containsString("name=\"aliases\""),
            containsString("name=\"kind\""), containsString("name=\"website\""), containsString("name=\"themes\""),
            containsString("Artificial intelligence"), containsString("name=\"_csrf\""),
            containsString("<option value=\"Italy\"></option>"))));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void validationErrorsAppearUnderTheirFields() throws Exception {
    mvc.perform(post("/organisations").with(csrf()).param("name", " ").param("kind", "CLUSTER")
            .param("website", "www.example.org"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(allOf(
            containsString("id=\"name-error\">Required.</div>"),
            containsString("id=\"website-error\">Must be a web address starting with http:// or https://.</div>"),
            containsString("is-invalid"), not(containsString("id=\"kind-error\"")))));
    verify(organisations, never()).create(any(), anyBoolean());
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void validationErrorsAreTranslated() throws Exception {
    mvc.perform(post("/organisations").with(csrf()).param("lang", "it").param("name", "")
            .param("website", "ftp://x"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(allOf(containsString("id=\"name-error\">Obbligatorio.</div>"),
            containsString("id=\"kind-error\">Scegli uno dei tipi.</div>"),
            containsString("id=\"website-error\">Deve essere un indirizzo web"))));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void createSplitsAliasesAndRedirectsWithAFlashMessage() throws Exception {
    given(organisations.create(any(), eq(false))).willReturn(new OrganisationSummary(12, "org-crim", "CRIM",
        null, OrganisationKind.RESEARCH_CENTRE, "Canada", "Québec", "Montréal", List.of("AI")));
    mvc.perform(post("/organisations").with(csrf()).param("name", " CRIM ")
            .param("aliases", "Centre de recherche informatique de Montréal, CRIM Québec\n\nCRIM inc.")
            .param("kind", "RESEARCH_CENTRE").param("country", "Canada").param("region", "Québec")
            .param("website", "https://www.crim.ca").param("themes", "AI", "HPC"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/organisations/12"))
        .andExpect(flash().attribute("flash", "Organisation CRIM created."));
    ArgumentCaptor<OrganisationInput> input = ArgumentCaptor.forClass(OrganisationInput.class);
    verify(organisations).create(input.capture(), eq(false));
    assertThat(input.getValue().name()).isEqualTo("CRIM");
    assertThat(input.getValue().aliases())
        .containsExactly("Centre de recherche informatique de Montréal", "CRIM Québec", "CRIM inc.");
    assertThat(input.getValue().themes()).containsExactlyInAnyOrder("AI", "HPC");
    assertThat(input.getValue().acronym()).isNull();
    assertThat(input.getValue().kind()).isEqualTo(OrganisationKind.RESEARCH_CENTRE);
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void aPossibleDuplicateIsShownWithItsCandidatesAndCanBeCreatedAnyway() throws Exception {
    given(organisations.create(any(), eq(false))).willThrow(new PossibleDuplicateException(List.of(CINECA)));
    mvc.perform(post("/organisations").with(csrf()).param("name", "Cineca").param("kind", "CONSORTIUM"))
        .andExpect(status().isConflict())
        .andExpect(content().string(allOf(containsString("id=\"org-duplicates\""),
            containsString("href=\"/organisations/5\""), containsString(">Cineca</a>"),
            containsString("id=\"org-create-anyway\""), containsString("name=\"allowSimilar\" value=\"true\""),
            containsString("value=\"Cineca\""))));

    willReturn(new OrganisationSummary(13, "org-cineca-2", "Cineca", null, OrganisationKind.CONSORTIUM,
        null, null, null, List.of())).given(organisations).create(any(), eq(true));
    mvc.perform(post("/organisations").with(csrf()).param("name", "Cineca").param("kind", "CONSORTIUM")
            .param("allowSimilar", "true"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/organisations/13"));
    verify(organisations).create(any(), eq(true));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void problemsFoundByTheServiceGoToTheirFields() throws Exception {
    given(organisations.create(any(), anyBoolean()))
        .willThrow(new InvalidInputException("themes", "unknown theme 'SPACE'"));
    mvc.perform(post("/organisations").with(csrf()).param("name", "X").param("kind", "CLUSTER")
            .param("themes", "SPACE"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"themes-error\">unknown theme &#39;SPACE&#39;</div>")));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void theEditFormIsFilledAndSavesThroughUpdate() throws Exception {
    given(organisations.get(5)).willReturn(cinecaDetails());
    mvc.perform(get("/organisations/5/edit"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("action=\"/organisations/5\""),
            containsString("value=\"Cineca\""), containsString("Consorzio Cineca\nCineca HPC</textarea>"),
            containsString("value=\"HPC\" id=\"themes2\" name=\"themes\" checked=\"checked\""),
            containsString("value=\"AI\" id=\"themes1\" name=\"themes\">"))));

    given(organisations.update(eq(5L), any())).willReturn(cinecaSummary());
    mvc.perform(post("/organisations/5").with(csrf()).param("name", "Cineca").param("kind", "CONSORTIUM")
            .param("aliases", "Consorzio Cineca"))
        .andExpect(redirectedUrl("/organisations/5"))
        .andExpect(flash().attribute("flash", "Organisation Cineca saved."));
    ArgumentCaptor<OrganisationInput> input = ArgumentCaptor.forClass(OrganisationInput.class);
    verify(organisations).update(eq(5L), input.capture());
    assertThat(input.getValue().aliases()).containsExactly("Consorzio Cineca");
  }

  // ---- delete and merge ---------------------------------------------------------------------

  @Test
  @WithMockUser(roles = "EDITOR")
  void aRefusedDeleteShowsTheReferencesAndTheMergeForm() throws Exception {
    given(organisations.get(5)).willReturn(cinecaDetails());
    searchReturns(cinecaSummary(), new OrganisationSummary(6, "org-crim", "CRIM", null,
        OrganisationKind.RESEARCH_CENTRE, "Canada", "Québec", "Montréal", List.of()));
    willThrow(new ConflictException("referenced", "Cineca is still referenced",
        List.of("Emilia-Romagna – Québec MoU signed Cineca", "Martine Biron: director of research")))
        .given(organisations).delete(5);
    mvc.perform(post("/organisations/5/delete").with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(allOf(containsString("id=\"org-delete-refused\""),
            containsString("<li>Emilia-Romagna – Québec MoU signed Cineca</li>"),
            containsString("<li>Martine Biron: director of research</li>"),
            containsString("id=\"org-merge-form\""), containsString("<option value=\"6\">CRIM</option>"))));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void deleteRedirectsToTheList() throws Exception {
    given(organisations.get(5)).willReturn(cinecaDetails());
    mvc.perform(post("/organisations/5/delete").with(csrf()))
        .andExpect(redirectedUrl("/organisations"))
        .andExpect(flash().attribute("flash", "Organisation Cineca deleted."));
    verify(organisations).delete(5);
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void mergeRedirectsToTheTarget() throws Exception {
    given(organisations.get(5)).willReturn(cinecaDetails());
    given(organisations.merge(5, 6)).willReturn(new OrganisationSummary(6, "org-crim", "CRIM", null,
        OrganisationKind.RESEARCH_CENTRE, "Canada", "Québec", "Montréal", List.of()));
    mvc.perform(post("/organisations/5/merge").with(csrf()).param("targetId", "6"))
        .andExpect(redirectedUrl("/organisations/6"))
        .andExpect(flash().attribute("flash", "Cineca was merged into CRIM."));
    verify(organisations).merge(5, 6);
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void mergeWithoutATargetGoesBackWithAProblem() throws Exception {
    mvc.perform(post("/organisations/5/merge").with(csrf()))
        .andExpect(redirectedUrl("/organisations/5"))
        .andExpect(flash().attribute("problem", "Choose the organisation to merge into."));
    verify(organisations, never()).merge(anyLong(), anyLong());
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void viewersCannotMerge() throws Exception {
    mvc.perform(post("/organisations/5/merge").with(csrf()).param("targetId", "6"))
        .andExpect(status().isForbidden());
    verify(organisations, never()).merge(anyLong(), anyLong());
  }

  @Test
  void aliasesAreSplitOnCommasAndNewLines() {
    OrganisationForm form = new OrganisationForm();
    form.setAliases("A, B\r\nC,,\n A ");
    assertThat(form.aliasList()).containsExactly("A", "B", "C");
    form.setAliases("  ");
    assertThat(form.aliasList()).isEmpty();
    assertThat(Set.copyOf(form.toInput().aliases())).isEmpty();
  }
}
