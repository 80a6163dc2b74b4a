package eu.intercluster.ecosystem.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PlaceService;
import eu.intercluster.ecosystem.ThemeCatalogue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = HomeController.class)
@Import(OrganisationControllerTest.PlatformSecurity.class)
class HomeControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean OrganisationService organisations;
  @MockitoBean PersonService people;
  @MockitoBean AgreementService agreements;
  @MockitoBean ActivityService activities;
  @MockitoBean PlaceService places;
  @MockitoBean(name = "themeCatalogue") ThemeCatalogue themes;

  private static <T> Page<T> total(long count) {
    return new PageImpl<>(List.of(), Pageable.ofSize(1), count);
  }

  @BeforeEach
  void setUp() {
    given(organisations.search(any(), any())).willReturn(total(42));
    given(people.search(isNull(), any())).willReturn(total(17));
    given(agreements.search(isNull(), isNull(), isNull(), isNull(), any())).willReturn(total(4));
    given(activities.search(isNull(), isNull(), isNull(), any())).willReturn(total(9));
    given(places.search(isNull(), isNull(), any())).willReturn(total(23));
  }

  @Test
  void theHomePageSaysWhatItIsAndShowsCountsSearchAndLinks() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("Intercluster keeps the map of international cooperation"),
            containsString("action=\"/organisations\" method=\"get\""), containsString("name=\"q\""),
            containsString("<span class=\"fs-3 fw-semibold\">42</span>"), containsString("organisations</span>"),
            containsString(">17</span>"), containsString(">4</span>"), containsString(">9</span>"),
            containsString(">23</span>"),
            containsString("href=\"/graph\""),
            containsString("href=\"/links?region=Qu%C3%A9bec&amp;other=Emilia-Romagna\""),
            containsString("Québec ↔ Emilia-Romagna"))));
  }

  @Test
  void theHomePageIsItalianForItalianBrowsers() throws Exception {
    mvc.perform(get("/").header("Accept-Language", "it-IT"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Intercluster tiene la mappa"),
            containsString("organizzazioni</span>"), containsString("Apri il grafo"), containsString("lang=\"it\""))));
  }
}
