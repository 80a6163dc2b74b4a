package eu.intercluster.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in page, in English and Italian, form sign-in and sign-out. */
@AccountsIntegrationTest
class SignInPageTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;

  @Test
  void pageHasTheFieldsAndSpeaksEnglishAndItalian() throws Exception {
    mvc.perform(get("/login").header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"username\"")))
        .andExpect(content().string(containsString("id=\"password\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(containsString("Sign in")));
    mvc.perform(get("/login").header("Accept-Language", "it"))
        .andExpect(content().string(containsString("Accedi")));
    mvc.perform(get("/login").param("error", ""))
        .andExpect(content().string(containsString("id=\"login-error\"")));
    mvc.perform(get("/login").param("logout", ""))
        .andExpect(content().string(containsString("id=\"login-logged-out\"")));
  }

  @Test
  void rightPasswordSignsInWrongOneDoesNot() throws Exception {
    UserAccount user = TestUsers.create(accounts, "signin", Role.EDITOR);

    mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/"))
        .andExpect(authenticated().withUsername(user.username()).withRoles("EDITOR"));
    mvc.perform(formLogin("/login").user(user.username()).password("wrong-password"))
        .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
  }

  @Test
  void disabledUserCannotSignIn() throws Exception {
    UserAccount user = TestUsers.create(accounts, "signin-disabled", Role.EDITOR);
    accounts.setEnabled(user.id(), false);

    mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
        .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
  }

  @Test
  void disablingOrReRolingASignedInUserAppliesAtTheNextRequest() throws Exception {
    UserAccount user = TestUsers.create(accounts, "live", Role.VIEWER);
    MvcResult signedIn = mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
        .andExpect(authenticated()).andReturn();

    mvc.perform(post("/probe").with(SameSession.as(signedIn)).with(csrf())).andExpect(status().isForbidden());
    accounts.changeRole(user.id(), Role.EDITOR);
    mvc.perform(post("/probe").with(SameSession.as(signedIn)).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string("changed by " + user.username()));

    accounts.setEnabled(user.id(), false);
    mvc.perform(get("/account").with(SameSession.as(signedIn))).andExpect(redirectedUrl("/login"));
  }

  @Test
  void logoutIsAPostWithCsrf() throws Exception {
    mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
    mvc.perform(post("/logout")).andExpect(status().isForbidden());
  }

  @Test
  void firstAdminSignsInWithTheConfiguredPassword() throws Exception {
    mvc.perform(formLogin("/login").user("admin").password(AccountsIntegrationTest.ADMIN_PASSWORD))
        .andExpect(authenticated().withRoles("ADMIN"));
  }
}
