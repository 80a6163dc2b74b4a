package eu.intercluster.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The access rules with public read on: who may read, change, and what anonymous callers get. */
@AccountsIntegrationTest
class PublicReadAccessTest {

  @Autowired MockMvc mvc;

  @Test
  void anonymousReadsPagesAndApi() throws Exception {
    mvc.perform(get("/probe")).andExpect(status().isOk()).andExpect(content().string("read by anonymous"));
    mvc.perform(get("/api/v1/probe")).andExpect(status().isOk());
    mvc.perform(head("/api/v1/probe")).andExpect(status().isOk());
  }

  @Test
  void alwaysPublicResourcesNeedNoSignIn() throws Exception {
    mvc.perform(get("/login")).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"login-submit\"")));
    mvc.perform(get("/css/intercluster.css")).andExpect(status().isOk());
    mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
  }

  @Test
  void editFormsSendAnonymousToSignIn() throws Exception {
    mvc.perform(get("/probe/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/probe/1/edit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/probe/new").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    mvc.perform(get("/probe/new").with(user("e").roles("EDITOR"))).andExpect(status().isOk());
  }

  @Test
  void anonymousPageChangeIsSentToSignIn() throws Exception {
    mvc.perform(post("/probe").with(csrf()))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
  }

  @Test
  void anonymousApiChangeGets401ProblemDetail() throws Exception {
    mvc.perform(post("/api/v1/probe").with(csrf()))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.title").value("Unauthorized"))
        .andExpect(jsonPath("$.detail").value(containsString("EDITOR")))
        .andExpect(jsonPath("$.instance").value("/api/v1/probe"));
  }

  @Test
  void anonymousApiChangeWithoutCsrfTokenStillGets401NotCsrfError() throws Exception {
    mvc.perform(post("/api/v1/probe"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("Signing in is required")));
  }

  @Test
  void viewerApiChangeGets403ProblemDetail() throws Exception {
    mvc.perform(post("/api/v1/probe").with(csrf()).with(user("vera").roles("VIEWER")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403))
        .andExpect(jsonPath("$.title").value("Forbidden"))
        .andExpect(jsonPath("$.detail").value(containsString("needs the role EDITOR")));
  }

  @Test
  void editorAndAdminMayChange() throws Exception {
    mvc.perform(post("/api/v1/probe").with(csrf()).with(user("ed").roles("EDITOR")))
        .andExpect(status().isOk()).andExpect(content().string("changed by ed"));
    mvc.perform(post("/probe").with(csrf()).with(user("ada").roles("ADMIN")))
        .andExpect(status().isOk()).andExpect(content().string("changed by ada"));
  }

  @Test
  void formPostWithoutCsrfIsRejected() throws Exception {
    mvc.perform(post("/probe").with(user("ed").roles("EDITOR"))).andExpect(status().isForbidden())
        .andExpect(result -> org.assertj.core.api.Assertions
            .assertThat(String.valueOf(result.getResponse().getContentType())).doesNotContain("problem"));
  }

  @Test
  void sessionApiPostWithoutCsrfGetsProblemNamingCsrf() throws Exception {
    mvc.perform(post("/api/v1/probe").with(user("ed").roles("EDITOR")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("CSRF")));
  }

  @Test
  void accountNeedsSignInButNoRole() throws Exception {
    mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
  }

  @Test
  void userAdministrationNeedsAdmin() throws Exception {
    mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/users").with(user("ed").roles("EDITOR"))).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("ADMIN")));
    mvc.perform(get("/api/v1/users").with(user("ada").roles("ADMIN"))).andExpect(status().isOk());
    mvc.perform(get("/admin/users")).andExpect(status().isFound());
    mvc.perform(get("/admin/users").with(user("ed").roles("EDITOR"))).andExpect(status().isForbidden());
  }
}
