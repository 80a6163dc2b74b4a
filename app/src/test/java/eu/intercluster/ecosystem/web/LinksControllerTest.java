package eu.intercluster.ecosystem.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.MapLinks;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.RegionLink;
import eu.intercluster.ecosystem.ThemeCatalogue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = LinksController.class)
@Import(OrganisationControllerTest.PlatformSecurity.class)
class LinksControllerTest {

  static final RecordRef CRIM = new RecordRef(RecordKind.ORGANISATION, 6, "org-crim", "CRIM");
  static final RecordRef QUEBEC = new RecordRef(RecordKind.ORGANISATION, 4, "org-quebec", "Government of Québec");
  static final RecordRef REGION = new RecordRef(RecordKind.ORGANISATION, 9, "org-emilia-romagna",
      "Emilia-Romagna Region");
  static final RecordRef CINECA = new RecordRef(RecordKind.ORGANISATION, 5, "org-cineca", "Cineca");
  static final RecordRef MOU = new RecordRef(RecordKind.AGREEMENT, 7, "agr-er-quebec-mou",
      "Emilia-Romagna – Québec MoU");

  @Autowired MockMvc mvc;
  @MockitoBean MapLinks links;
  @MockitoBean OrganisationService organisations;
  @MockitoBean(name = "themeCatalogue") ThemeCatalogue themes;

  @BeforeEach
  void setUp() {
    given(organisations.countries()).willReturn(List.of("Italy", "Canada"));
    given(organisations.regions()).willReturn(List.of("Québec", "Emilia-Romagna"));
  }

  @Test
  void listsTheOrganisationsWithTheirCounterpartAndTheAgreementTheyAreLinkedThrough() throws Exception {
    given(links.between("Québec", "Emilia-Romagna")).willReturn(List.of(
        new RegionLink(QUEBEC, REGION, MOU, "SIGNED"),
        new RegionLink(CRIM, CINECA, MOU, null),
        new RegionLink(CRIM, REGION, null, "COOPERATES")));
    mvc.perform(get("/links").param("region", "Québec").param("other", "Emilia-Romagna"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("value=\"Québec\""), containsString("value=\"Emilia-Romagna\""),
            containsString("Organisations in Québec linked to Emilia-Romagna"),
            containsString("href=\"/organisations/4\""), containsString(">Government of Québec</a>"),
            containsString("href=\"/organisations/6\""), containsString("href=\"/organisations/5\""),
            containsString("class=\"links-via\" href=\"/agreements/7\">Emilia-Romagna – Québec MoU</a>"),
            containsString("class=\"links-how\">cooperates with</span>"),
            containsString("<option value=\"Canada\"></option>"),
            containsString("id=\"links-swap\" href=\"/links?region=Emilia-Romagna&amp;other=Qu%C3%A9bec\""))));
  }

  @Test
  void withoutBothRegionsOnlyTheFormIsShown() throws Exception {
    mvc.perform(get("/links").param("region", "Québec"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"links-form\""),
            not(containsString("id=\"links-results\"")))));
    verify(links, never()).between(any(), any());
  }

  @Test
  void noLinkFoundIsSaidInItalian() throws Exception {
    given(links.between("Québec", "Catalonia")).willReturn(List.of());
    mvc.perform(get("/links").param("region", " Québec ").param("other", "Catalonia").param("lang", "it"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Legami tra regioni"),
            containsString("Nessun legame trovato"), containsString("Organizzazioni in Québec legate a Catalonia"))));
  }
}
