package eu.intercluster.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Personal API tokens: issued once, stored hashed, accepted as Bearer without CSRF, revocable. */
@AccountsIntegrationTest
class ApiTokenAuthenticationTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired JdbcTemplate jdbc;

  @Test
  void tokenHasTheDocumentedShapeAndOnlyItsHashIsStored() {
    UserAccount editor = TestUsers.create(accounts, "tok-shape", Role.EDITOR);
    String token = apiTokens.issue(editor.username(), "ci");

    assertThat(token).matches("ic_[A-Za-z0-9_-]{40}");
    String stored = jdbc.queryForObject(
        "select token_hash from api_token t join users u on u.id = t.user_id where u.username = ?",
        String.class, editor.username());
    assertThat(stored).hasSize(64).isNotEqualTo(token).doesNotContain(token.substring(3));
    assertThat(apiTokens.list(editor.username())).singleElement()
        .satisfies(summary -> {
          assertThat(summary.name()).isEqualTo("ci");
          assertThat(token).startsWith(summary.prefix());
          assertThat(summary.revoked()).isFalse();
        });
  }

  @Test
  void bearerTokenActsAsItsUserWithoutCsrfAndWithoutSession() throws Exception {
    UserAccount editor = TestUsers.create(accounts, "tok-editor", Role.EDITOR);
    String token = apiTokens.issue(editor.username(), "script");

    MvcResult result = mvc.perform(post("/api/v1/probe").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(content().string("changed by " + editor.username()))
        .andReturn();
    assertThat(result.getRequest().getSession(false)).isNull();
    assertThat(apiTokens.list(editor.username()).get(0).lastUsedAt()).isNotNull();
  }

  @Test
  void viewerTokenMayReadButNotChange() throws Exception {
    UserAccount viewer = TestUsers.create(accounts, "tok-viewer", Role.VIEWER);
    String token = apiTokens.issue(viewer.username(), "read-only");

    mvc.perform(get("/api/v1/probe").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk()).andExpect(content().string("read by " + viewer.username()));
    mvc.perform(post("/api/v1/probe").header("Authorization", "Bearer " + token))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("EDITOR")));
  }

  @Test
  void revokedTokenGets401Problem() throws Exception {
    UserAccount editor = TestUsers.create(accounts, "tok-revoked", Role.EDITOR);
    String token = apiTokens.issue(editor.username(), "old");
    apiTokens.revoke(editor.username(), apiTokens.list(editor.username()).get(0).id());

    mvc.perform(get("/api/v1/probe").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
        .andExpect(jsonPath("$.detail").value(containsString("revoked")));
  }

  @Test
  void unknownTokenAndTokenOfDisabledUserGet401() throws Exception {
    mvc.perform(get("/probe").header("Authorization", "Bearer ic_" + "x".repeat(40)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("not known")));

    UserAccount editor = TestUsers.create(accounts, "tok-disabled", Role.EDITOR);
    String token = apiTokens.issue(editor.username(), "soon disabled");
    accounts.setEnabled(editor.id(), false);
    mvc.perform(get("/api/v1/probe").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("disabled")));
  }

  @Test
  void badBearerTokenIsRejectedEvenWithASignedInSession() throws Exception {
    mvc.perform(get("/api/v1/probe").with(user("ed").roles("EDITOR")).header("Authorization", "Bearer nonsense"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void usersRevokeOnlyTheirOwnTokens() {
    UserAccount owner = TestUsers.create(accounts, "tok-owner", Role.EDITOR);
    UserAccount other = TestUsers.create(accounts, "tok-other", Role.EDITOR);
    apiTokens.issue(owner.username(), "mine");
    long id = apiTokens.list(owner.username()).get(0).id();

    assertThatThrownBy(() -> apiTokens.revoke(other.username(), id)).isInstanceOf(NotFoundException.class);
    assertThat(apiTokens.list(owner.username()).get(0).revoked()).isFalse();
  }
}
