package eu.intercluster.accounts;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Continues the session of an earlier request, whether the session lives in the servlet
 * container (a {@link MockHttpSession}) or in a session store found by cookie.
 */
final class SameSession {

  private SameSession() {}

  static RequestPostProcessor as(MvcResult earlier) {
    MockHttpSession session = (MockHttpSession) earlier.getRequest().getSession(false);
    Cookie[] cookies = earlier.getResponse().getCookies();
    return request -> {
      if (session != null) {
        request.setSession(session);
      }
      if (cookies.length > 0) {
        request.setCookies(cookies);
      }
      return request;
    };
  }
}
