package eu.intercluster.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** {@code /account}: the user's profile, password change with field messages, and tokens. */
@AccountsIntegrationTest
class AccountPageTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired JdbcTemplate jdbc;

  @Test
  void showsTheSignedInUser() throws Exception {
    UserAccount viewer = TestUsers.create(accounts, "page", Role.VIEWER);

    mvc.perform(get("/account").with(user(viewer.username()).roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(viewer.username())))
        .andExpect(content().string(containsString("action=\"/logout\"")))
        .andExpect(content().string(containsString("href=\"/account\"")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"admin-users-link\""))))
        .andExpect(content().string(containsString("id=\"can-read-only\"")));
  }

  @Test
  void adminSeesTheLinkToUserAdministrationThroughTheHierarchy() throws Exception {
    mvc.perform(get("/account").with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"admin-users-link\"")))
        .andExpect(content().string(containsString("id=\"can-edit\"")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"can-read-only\""))));
  }

  @Test
  void passwordChangeShowsFieldMessages() throws Exception {
    UserAccount user = TestUsers.create(accounts, "pwpage", Role.VIEWER);

    mvc.perform(post("/account/password").with(csrf()).with(user(user.username()).roles("VIEWER"))
            .param("currentPassword", "").param("newPassword", "short").param("confirmPassword", "other"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("passwordForm", "currentPassword", "newPassword", "confirmPassword"))
        .andExpect(content().string(containsString("is-invalid")));

    mvc.perform(post("/account/password").with(csrf()).with(user(user.username()).roles("VIEWER"))
            .param("currentPassword", "not-my-password").param("newPassword", "a-brand-new-password")
            .param("confirmPassword", "a-brand-new-password"))
        .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
            "accounts.validation.password.current"))
        .andExpect(content().string(containsString("This is not your current password.")));

    mvc.perform(post("/account/password").with(csrf()).with(user(user.username()).roles("VIEWER"))
            .header("Accept-Language", "it")
            .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "a-brand-new-password")
            .param("confirmPassword", "different-password"))
        .andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmPassword",
            "accounts.validation.password.mismatch"))
        .andExpect(content().string(containsString("Le due password non coincidono.")));
  }

  @Test
  void passwordChangeWithTheRightCurrentPasswordIsSaved() throws Exception {
    UserAccount user = TestUsers.create(accounts, "pwok", Role.VIEWER);

    mvc.perform(post("/account/password").with(csrf()).with(user(user.username()).roles("VIEWER"))
            .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "a-brand-new-password")
            .param("confirmPassword", "a-brand-new-password"))
        .andExpect(redirectedUrl("/account"))
        .andExpect(flash().attributeExists("flash"));
    String hash = jdbc.queryForObject("select password_hash from users where username = ?", String.class,
        user.username());
    assertThat(passwordEncoder.matches("a-brand-new-password", hash)).isTrue();
  }

  @Test
  void tokenIsShownOnceThenListedByPrefixAndRevocable() throws Exception {
    UserAccount user = TestUsers.create(accounts, "tokpage", Role.EDITOR);

    MvcResult created = mvc.perform(post("/account/tokens").with(csrf()).with(user(user.username()).roles("EDITOR"))
            .param("name", "nightly import"))
        .andExpect(redirectedUrl("/account"))
        .andReturn();
    String token = (String) created.getFlashMap().get("issuedToken");
    assertThat(token).matches("ic_[A-Za-z0-9_-]{40}");

    mvc.perform(get("/account").with(user(user.username()).roles("EDITOR")).with(SameSession.as(created)))
        .andExpect(content().string(containsString(token)));
    mvc.perform(get("/account").with(user(user.username()).roles("EDITOR")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))))
        .andExpect(content().string(containsString("nightly import")))
        .andExpect(content().string(containsString(token.substring(0, 10))));

    long id = apiTokens.list(user.username()).get(0).id();
    mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(user(user.username()).roles("EDITOR")))
        .andExpect(redirectedUrl("/account"));
    assertThat(apiTokens.list(user.username()).get(0).revoked()).isTrue();
  }

  @Test
  void blankTokenNameIsAFieldError() throws Exception {
    UserAccount user = TestUsers.create(accounts, "tokblank", Role.VIEWER);

    mvc.perform(post("/account/tokens").with(csrf()).with(user(user.username()).roles("VIEWER")).param("name", " "))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("tokenForm", "name"));
  }
}
