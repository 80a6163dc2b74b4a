package eu.intercluster.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.accounts.security.AccessPolicy.Requirement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class AccessPolicyTest {

  private final AccessPolicy publicInstallation = new AccessPolicy(true);
  private final AccessPolicy privateInstallation = new AccessPolicy(false);

  @ParameterizedTest(name = "{0} {1} needs {2} (public read), {3} (private)")
  @CsvSource({
      "GET,  /events,                              PUBLIC,    VIEWER",
      "GET,  /events/12,                           PUBLIC,    VIEWER",
      "GET,  /events/12/catalogue,                 PUBLIC,    VIEWER",
      "GET,  /events/12/register,                  PUBLIC,    VIEWER",
      "POST, /events/12/register,                  PUBLIC,    PUBLIC",
      "GET,  /events/calendar/Ab3_x-9.ics,         PUBLIC,    PUBLIC",
      "GET,  /events/new,                          EDITOR,    EDITOR",
      "POST, /events,                              EDITOR,    EDITOR",
      "POST, /api/v1/events,                       EDITOR,    EDITOR",
      "GET,  /api/v1/events/12,                    PUBLIC,    VIEWER",
      "GET,  /events/12/agenda,                    SIGNED_IN, SIGNED_IN",
      "GET,  /events/12/agenda.pdf,                SIGNED_IN, SIGNED_IN",
      "POST, /events/12/requests,                  SIGNED_IN, SIGNED_IN",
      "GET,  /api/v1/events/12/requests,           SIGNED_IN, SIGNED_IN",
      "GET,  /events/12/schedule,                  SIGNED_IN, SIGNED_IN",
      "GET,  /events/12/edit,                      SIGNED_IN, SIGNED_IN",
      "GET,  /events/calendar/../../admin.ics,     SIGNED_IN, SIGNED_IN",
      "GET,  /organisations,                       PUBLIC,    VIEWER",
      "POST, /organisations,                       EDITOR,    EDITOR",
  })
  void eventPathsAreGuardedAsDocumented(String method, String path, Requirement publicRead,
      Requirement privateRead) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    assertThat(publicInstallation.requiredFor(request)).isEqualTo(publicRead);
    assertThat(privateInstallation.requiredFor(request)).isEqualTo(privateRead);
  }
}
