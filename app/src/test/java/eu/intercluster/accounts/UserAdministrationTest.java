package eu.intercluster.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /admin/users} pages and the {@code /api/v1/users} API. */
@AccountsIntegrationTest
class UserAdministrationTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens apiTokens;

  @Test
  void adminListsUsers() throws Exception {
    mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"user-admin\"")));
    mvc.perform(get("/admin/users/new").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"user-submit\"")));
  }

  @Test
  void adminCreatesAUserByForm() throws Exception {
    String username = TestUsers.unique("form");
    mvc.perform(post("/admin/users").with(csrf()).with(user("admin").roles("ADMIN"))
            .param("username", username).param("displayName", "Form User").param("role", "EDITOR")
            .param("password", TestUsers.PASSWORD))
        .andExpect(redirectedUrl("/admin/users"));
    assertThat(accounts.find(username)).get().extracting(UserAccount::role).isEqualTo(Role.EDITOR);
  }

  @Test
  void formShowsDuplicateAndInvalidFieldsNextToThem() throws Exception {
    mvc.perform(post("/admin/users").with(csrf()).with(user("admin").roles("ADMIN"))
            .param("username", "admin").param("displayName", "Another").param("role", "VIEWER")
            .param("password", TestUsers.PASSWORD))
        .andExpect(status().isUnprocessableContent())
        .andExpect(model().attributeHasFieldErrorCode("userForm", "username", "accounts.validation.username.taken"))
        .andExpect(content().string(containsString("The username admin is already taken.")));

    mvc.perform(post("/admin/users").with(csrf()).with(user("admin").roles("ADMIN"))
            .param("username", "a b").param("displayName", "").param("role", "VIEWER").param("password", "short"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(model().attributeHasFieldErrors("userForm", "username", "displayName", "password"));
  }

  @Test
  void adminChangesRoleAndDisablesByForm() throws Exception {
    UserAccount user = TestUsers.create(accounts, "rerole", Role.VIEWER);

    mvc.perform(post("/admin/users/" + user.id() + "/role").with(csrf()).with(user("admin").roles("ADMIN"))
        .param("role", "EDITOR")).andExpect(redirectedUrl("/admin/users"));
    mvc.perform(post("/admin/users/" + user.id() + "/enabled").with(csrf()).with(user("admin").roles("ADMIN"))
        .param("enabled", "false")).andExpect(redirectedUrl("/admin/users"));

    UserAccount changed = accounts.get(user.id());
    assertThat(changed.role()).isEqualTo(Role.EDITOR);
    assertThat(changed.enabled()).isFalse();
  }

  @Test
  void apiCreatesAndListsUsersWithoutHashes() throws Exception {
    UserAccount admin = accounts.find("admin").orElseThrow();
    String token = apiTokens.issue(admin.username(), "admin script");
    String username = TestUsers.unique("api");

    mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"username": "%s", "displayName": "Api User", "role": "VIEWER", "password": "%s"}
                """.formatted(username, TestUsers.PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/v1/users/")))
        .andExpect(jsonPath("$.username").value(username))
        .andExpect(jsonPath("$.role").value("VIEWER"))
        .andExpect(jsonPath("$.passwordHash").doesNotExist())
        .andExpect(jsonPath("$.password").doesNotExist());

    mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].username", hasItem(username)))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("argon2"))));
  }

  @Test
  void apiRejectsInvalidAndDuplicateUsersWithProblemDetails() throws Exception {
    mvc.perform(post("/api/v1/users").with(user("admin").roles("ADMIN")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\": \"x\", \"displayName\": \"\", \"role\": \"VIEWER\", \"password\": \"short\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("password")));

    mvc.perform(post("/api/v1/users").with(user("admin").roles("ADMIN")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\": \"admin\", \"displayName\": \"Dup\", \"role\": \"VIEWER\", \"password\": \""
                + TestUsers.PASSWORD + "\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("username"))
        .andExpect(jsonPath("$.detail").value(containsString("already taken")));
  }

  @Test
  void apiRefusesToRemoveTheLastAdmin() throws Exception {
    UserAccount admin = accounts.find("admin").orElseThrow();
    long otherEnabledAdmins = accounts.list().stream()
        .filter(u -> u.role() == Role.ADMIN && u.enabled() && u.id() != admin.id()).count();
    if (otherEnabledAdmins == 0) {
      mvc.perform(patch("/api/v1/users/" + admin.id()).with(user("admin").roles("ADMIN")).with(csrf())
              .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"))
          .andExpect(status().isConflict())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
      assertThat(accounts.get(admin.id()).enabled()).isTrue();
    }
  }
}
