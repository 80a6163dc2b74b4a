package eu.intercluster.events;

import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.events.persistence.SessionEntity;
import eu.intercluster.events.persistence.MatchmakingSessionRepository;
import eu.intercluster.system.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The checks on a registration or a profile, each problem named by its field. */
@Component("eventsRegistrationChecks")
class RegistrationChecks {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final ThemeCatalogue themes;
  private final MatchmakingSessionRepository sessions;

  RegistrationChecks(ThemeCatalogue themes, MatchmakingSessionRepository sessions) {
    this.themes = themes;
    this.sessions = sessions;
  }

  List<FieldProblem> registration(long eventId, RegistrationInput input) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!input.acceptedTerms()) {
      problems.add(new FieldProblem("acceptedTerms", "the terms must be accepted"));
    }
    EventRules.text(problems, "organisationName", input.organisationName(), 300, true);
    EventRules.text(problems, "country", input.country(), 120, false);
    if (kind(input.organisationKind()) == null && EventRules.blankToNull(input.organisationKind()) != null) {
      problems.add(new FieldProblem("organisationKind", "must be one of the organisation kinds"));
    }
    problems.addAll(profile(eventId, new ProfileInput(input.fullName(), input.email(), input.jobTitle(),
        input.description(), input.themes(), input.languages(), input.availableSessionIds(), input.listed())));
    return problems;
  }

  List<FieldProblem> profile(long eventId, ProfileInput input) {
    List<FieldProblem> problems = new ArrayList<>();
    EventRules.text(problems, "fullName", input.fullName(), 200, true);
    EventRules.text(problems, "jobTitle", input.jobTitle(), 200, false);
    EventRules.text(problems, "description", input.description(), 4000, false);
    String email = EventRules.blankToNull(input.email());
    if (email == null) {
      problems.add(new FieldProblem("email", "must not be blank"));
    } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.add(new FieldProblem("email", "must be an e-mail address"));
    }
    for (String theme : input.themes()) {
      if (!themes.exists(theme)) {
        problems.add(new FieldProblem("themes", "unknown theme '" + theme + "'"));
      }
    }
    String languages = EventViews.joinList(input.languages());
    if (languages != null && languages.length() > 300) {
      problems.add(new FieldProblem("languages", "must be at most 300 characters"));
    }
    Set<Long> known = sessions.findByEventId(eventId).stream().map(SessionEntity::getId).collect(Collectors.toSet());
    for (Long sessionId : input.availableSessionIds()) {
      if (!known.contains(sessionId)) {
        problems.add(new FieldProblem("availableSessionIds", "no session " + sessionId + " at this event"));
      }
    }
    return problems;
  }

  static OrganisationKind kind(String name) {
    String clean = EventRules.blankToNull(name);
    if (clean == null) {
      return null;
    }
    try {
      return OrganisationKind.valueOf(clean.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
