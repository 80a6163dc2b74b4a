package eu.intercluster.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A private installation: reading needs VIEWER; sign-in and static resources stay public. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:accounts-private;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=false",
    "intercluster.security.public-read=false"})
@AutoConfigureMockMvc
@Import(SecurityProbeController.class)
class PrivateReadAccessTest {

  @Autowired MockMvc mvc;

  @Test
  void anonymousPageReadIsSentToSignIn() throws Exception {
    mvc.perform(get("/probe")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
  }

  @Test
  void anonymousApiReadGets401Problem() throws Exception {
    mvc.perform(get("/api/v1/probe"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("VIEWER")));
    mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
  }

  @Test
  void viewerAndAboveRead() throws Exception {
    mvc.perform(get("/probe").with(user("v").roles("VIEWER"))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/probe").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
  }

  @Test
  void signInAndStaticResourcesStayPublic() throws Exception {
    mvc.perform(get("/login")).andExpect(status().isOk());
    mvc.perform(get("/css/intercluster.css")).andExpect(status().isOk());
    mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
  }
}
