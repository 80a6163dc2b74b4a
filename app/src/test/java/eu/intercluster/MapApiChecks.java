package eu.intercluster;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.accounts.ApiTokens;
import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The platform end to end over HTTP: a running server on a real database with the demo map.
 * Run on H2 by {@link MapApiOnH2Test} and on PostgreSQL by {@link MapApiOnPostgresIT}.
 */
abstract class MapApiChecks {

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;

  RestClient http;

  @BeforeEach
  void connect() {
    http = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
        .build();
  }

  @Test
  @SuppressWarnings("unchecked")
  void searchForCinecaReturnsItWithItsAgreementsAndRelations() {
    Map<String, Object> page = http.get().uri("/api/v1/organisations?q=cineca").retrieve().body(Map.class);

    List<Map<String, Object>> content = (List<Map<String, Object>>) page.get("content");
    assertThat(content).extracting(o -> o.get("name")).containsExactly("Cineca");
    List<Map<String, Object>> agreements = (List<Map<String, Object>>) content.get(0).get("agreements");
    assertThat(agreements).extracting(a -> (String) a.get("title")).anyMatch(t -> t.contains("Québec"));
    assertThat((Map<String, Object>) content.get(0).get("relations")).containsKey("count");
  }

  @Test
  void anonymousChangesAreRefusedWithAProblemDetail() {
    var response = http.post().uri("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
        .body("{\"name\":\"X\",\"kind\":\"CLUSTER\"}").retrieve().toEntity(String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(401);
    assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anEditorTokenCreatesAnOrganisationAndInvalidInputNamesTheField() {
    if (accounts.find("it-editor").isEmpty()) {
      accounts.create("it-editor", "IT editor", "a-long-test-password", Role.EDITOR);
    }
    String token = tokens.issue("it-editor", "integration test");

    var invalid = http.post().uri("/api/v1/organisations").header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON).body("{\"name\":\"\",\"kind\":\"CLUSTER\"}")
        .retrieve().toEntity(Map.class);
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    assertThat((List<Map<String, Object>>) invalid.getBody().get("errors")).extracting(e -> e.get("field"))
        .contains("name");

    var created = http.post().uri("/api/v1/organisations").header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"name\":\"Cluster Agrifood Emilia-Romagna Test\",\"kind\":\"CLUSTER\",\"themes\":[\"AGRIFOOD\"]}")
        .retrieve().toEntity(Map.class);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).isNotNull();

    var duplicate = http.post().uri("/api/v1/organisations").header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON).body("{\"name\":\"CINECA\",\"kind\":\"CONSORTIUM\"}")
        .retrieve().toEntity(Map.class);
    assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMapImportWithAnErrorIsRejectedWholeWithItsPath() {
    String token = editorToken();
    String json = """
        {"format":"intercluster-map","version":1,
         "organisations":[{"key":"org-ok","name":"Fine","kind":"CLUSTER"},
                          {"key":"org-ko","name":"Broken","kind":"WRONG"}]}""";

    var response = http.post().uri("/api/v1/map").header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(Map.class);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactly("$.organisations[1].kind");
    Map<String, Object> page = http.get().uri("/api/v1/organisations?q=fine").retrieve().body(Map.class);
    assertThat((List<?>) page.get("content")).isEmpty();
  }

  @Test
  void theWholeMapExportsAsJsonAndOrganisationsAsCsv() {
    String json = http.get().uri("/api/v1/map").retrieve().body(String.class);
    assertThat(json).contains("\"format\"", "intercluster-map", "org-cineca");

    String csv = http.get().uri("/api/v1/organisations.csv").retrieve().body(String.class);
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("key,name,acronym");
  }

  private String editorToken() {
    if (accounts.find("it-editor").isEmpty()) {
      accounts.create("it-editor", "IT editor", "a-long-test-password", Role.EDITOR);
    }
    return tokens.issue("it-editor", "integration test");
  }
}
