package eu.intercluster.events.web;

import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.ProfileInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** A participant's own profile at an event, as the form edits it. */
record ProfileForm(String fullName, String email, String jobTitle, String description, List<String> themes,
    String languages, List<Long> availableSessionIds, Boolean listed) {

  ProfileForm {
    themes = themes == null ? List.of() : themes;
    availableSessionIds = availableSessionIds == null ? List.of() : availableSessionIds;
  }

  static ProfileForm of(ParticipantView p) {
    return new ProfileForm(p.fullName(), p.email(), p.jobTitle(), p.description(), new ArrayList<>(p.themes()),
        String.join(", ", p.languages()), new ArrayList<>(p.availableSessionIds()), p.listed());
  }

  ProfileInput toInput() {
    return new ProfileInput(fullName, email, jobTitle, description, new HashSet<>(themes),
        FormValues.list(languages), new HashSet<>(availableSessionIds), Boolean.TRUE.equals(listed));
  }
}
