package eu.intercluster.events.web;

import eu.intercluster.events.RegistrationInput;
import java.util.HashSet;
import java.util.List;

/** The registration form; a visitor also gives the username and password of a new account. */
record RegistrationForm(String fullName, String email, String jobTitle, String organisationName, String country,
    String organisationKind, String description, List<String> themes, String languages,
    List<Long> availableSessionIds, Boolean listed, Boolean acceptedTerms, String username, String password) {

  static RegistrationForm empty() {
    return new RegistrationForm("", "", "", "", "", "", "", List.of(), "", List.of(), true, false, "", "");
  }

  RegistrationForm {
    themes = themes == null ? List.of() : themes;
    availableSessionIds = availableSessionIds == null ? List.of() : availableSessionIds;
  }

  RegistrationInput toInput() {
    return new RegistrationInput(fullName, email, jobTitle, organisationName, country, organisationKind, description,
        new HashSet<>(themes), FormValues.list(languages), new HashSet<>(availableSessionIds),
        Boolean.TRUE.equals(listed), Boolean.TRUE.equals(acceptedTerms), username, password);
  }

  /** The form to show again after an error: never the password. */
  RegistrationForm withoutPassword() {
    return new RegistrationForm(fullName, email, jobTitle, organisationName, country, organisationKind, description,
        themes, languages, availableSessionIds, listed, acceptedTerms, username, "");
  }
}
