package eu.intercluster.ecosystem.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.MapGraph;
import eu.intercluster.ecosystem.MapLinks;
import eu.intercluster.ecosystem.MapTransfer;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PlaceService;
import eu.intercluster.ecosystem.ProgrammeService;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.ThemeCatalogue;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document as springdoc builds it from the controllers and {@link OpenApiConfiguration}. */
@WebMvcTest(controllers = {OrganisationApiController.class, PersonApiController.class, PlaceApiController.class,
    ProgrammeApiController.class, AgreementApiController.class, ActivityApiController.class,
    RelationApiController.class, MapApiController.class, MapTransferApiController.class})
@Import(OpenApiConfiguration.class)
@ImportAutoConfiguration({SpringDocConfiguration.class, SpringDocConfigProperties.class,
    SpringDocWebMvcConfiguration.class})
@WithMockUser
class OpenApiDocumentTest {

  @Autowired MockMvc mvc;
  @MockitoBean OrganisationService organisations;
  @MockitoBean PersonService people;
  @MockitoBean PlaceService places;
  @MockitoBean ProgrammeService programmes;
  @MockitoBean AgreementService agreements;
  @MockitoBean ActivityService activities;
  @MockitoBean RelationService relations;
  @MockitoBean ThemeCatalogue themes;
  @MockitoBean MapGraph graph;
  @MockitoBean MapLinks links;
  @MockitoBean MapTransfer transfer;

  @Test
  void describesTheApiItsSecurityAndItsProblemAnswers() throws Exception {
    mvc.perform(get("/api/v1/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("Intercluster API"))
        .andExpect(jsonPath("$.info.version").exists())
        .andExpect(jsonPath("$.info.description", org.hamcrest.Matchers.containsString("Authorization: Bearer")))
        .andExpect(jsonPath("$.info.description", org.hamcrest.Matchers.containsString("EDITOR")))
        .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
        .andExpect(jsonPath("$.tags[*].name", hasItem("Organisations")))
        .andExpect(jsonPath("$.tags[*].name", hasItem("Import and export")))
        // a search: summary, the list shape decision, problems as application/problem+json
        .andExpect(jsonPath("$.paths['/api/v1/organisations'].get.summary").value("Search organisations"))
        .andExpect(jsonPath("$.paths['/api/v1/organisations'].get.description",
            org.hamcrest.Matchers.containsString("expanded **by default when `q` is given**")))
        .andExpect(jsonPath("$.paths['/api/v1/organisations'].get.responses['400'].content",
            hasKey("application/problem+json")))
        .andExpect(jsonPath("$.paths['/api/v1/organisations'].get", not(hasKey("security"))))
        // a change: 201, conflicts, bearer security
        .andExpect(jsonPath("$.paths['/api/v1/organisations'].post.responses", hasKey("201")))
        .andExpect(jsonPath("$.paths['/api/v1/organisations'].post.responses['409'].content",
            hasKey("application/problem+json")))
        .andExpect(jsonPath("$.paths['/api/v1/organisations'].post.security[0]", hasKey("bearerToken")))
        .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].delete.responses", hasKey("204")))
        .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].get.responses", hasKey("404")))
        // imports: JSON body or file upload, 422 with every problem
        .andExpect(jsonPath("$.paths['/api/v1/map'].post.requestBody.content", hasKey("application/json")))
        .andExpect(jsonPath("$.paths['/api/v1/map'].post.requestBody.content", hasKey("multipart/form-data")))
        .andExpect(jsonPath("$.paths['/api/v1/map'].post.responses['422'].content",
            hasKey("application/problem+json")))
        .andExpect(jsonPath("$.paths['/api/v1/organisations.csv'].post.requestBody.content", hasKey("text/csv")))
        .andExpect(jsonPath("$.components.schemas.Problem.properties", hasKey("errors")))
        .andExpect(jsonPath("$.components.schemas.Problem.properties", hasKey("candidates")));
  }
}
