package eu.intercluster.ecosystem.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PlaceService;
import eu.intercluster.ecosystem.ProgrammeService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RelationView;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.ecosystem.ThemeView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One web slice for the people, places, programmes, agreements and activities pages (shared by
 * every test class so that the context is built once), with the services mocked.
 */
@WebMvcTest(controllers = {PersonController.class, PlaceController.class, ProgrammeController.class,
    AgreementController.class, ActivityController.class})
abstract class RecordWebTest {

  @Autowired
  MockMvc mvc;

  @MockitoBean
  PersonService people;
  @MockitoBean
  PlaceService places;
  @MockitoBean
  ProgrammeService programmes;
  @MockitoBean
  AgreementService agreements;
  @MockitoBean
  ActivityService activities;
  @MockitoBean
  OrganisationService organisations;
  @MockitoBean(name = "themeCatalogue")
  ThemeCatalogue themes;

  static final SourceRef SOURCE = new SourceRef(9, "src-000", "Emilia-Romagna and Québec renew their cooperation",
      "000_1d5a40ef56232640.txt", "en", LocalDate.of(2025, 9, 5), null);

  static RecordRef org(long id, String name) {
    return new RecordRef(RecordKind.ORGANISATION, id, "org-" + id, name);
  }

  static RecordRef person(long id, String name) {
    return new RecordRef(RecordKind.PERSON, id, "per-" + id, name);
  }

  static RecordRef place(long id, String name) {
    return new RecordRef(RecordKind.PLACE, id, "pl-" + id, name);
  }

  static RecordRef programme(long id, String name) {
    return new RecordRef(RecordKind.PROGRAMME, id, "prg-" + id, name);
  }

  static RecordRef agreement(long id, String title) {
    return new RecordRef(RecordKind.AGREEMENT, id, "agr-" + id, title);
  }

  static RecordRef activity(long id, String title) {
    return new RecordRef(RecordKind.ACTIVITY, id, "act-" + id, title);
  }

  static RelationView relation(long id, RelationType type, RecordRef from, RecordRef to, String quote) {
    return new RelationView(id, type, from, to, null, null, null, SOURCE, quote);
  }

  static <T> Page<T> pageOf(List<T> content) {
    return new PageImpl<>(content, Pageable.ofSize(20), content.size());
  }

  /**
   * The field's input or select is marked invalid and the message is the feedback right after it
   * (at most the field's options in between).
   */
  static String fieldError(String field, String message) {
    String name = java.util.regex.Pattern.quote("name=\"" + field + "\"");
    return "<(?:input|select|textarea)[^>]*is-invalid[^>]*" + name + "[^>]*>"
        + "(?:(?!<input|<select|<textarea|<label)[\\s\\S])*?"
        + "<div class=\"invalid-feedback[^\"]*\">\\s*" + java.util.regex.Pattern.quote(message);
  }

  static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @BeforeEach
  void commonStubs() {
    when(themes.all(any(Locale.class))).thenAnswer(invocation -> {
      boolean italian = "it".equals(((Locale) invocation.getArgument(0)).getLanguage());
      return List.of(new ThemeView("AI", italian ? "Intelligenza artificiale" : "Artificial intelligence"),
          new ThemeView("BIG_DATA", "Big data"), new ThemeView("HPC", italian ? "Calcolo ad alte prestazioni" : "High-performance computing"));
    });
    when(themes.label(anyString(), any(Locale.class))).thenAnswer(invocation -> invocation.getArgument(0));
    when(themes.exists(anyString())).thenReturn(true);
    when(organisations.search(any(OrganisationFilter.class), any(Pageable.class))).thenReturn(pageOf(List.of(
        new OrganisationSummary(1, "org-1", "Regione Emilia-Romagna", null, OrganisationKind.PUBLIC_BODY,
            "Italy", "Emilia-Romagna", "Bologna", List.of()),
        new OrganisationSummary(2, "org-2", "Gouvernement du Québec", null, OrganisationKind.PUBLIC_BODY,
            "Canada", "Québec", "Québec", List.of()),
        new OrganisationSummary(3, "org-3", "Cineca", null, OrganisationKind.CONSORTIUM, "Italy",
            "Emilia-Romagna", "Bologna", List.of()))));
  }
}
