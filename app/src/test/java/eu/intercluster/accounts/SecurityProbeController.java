package eu.intercluster.accounts;

import java.security.Principal;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints to probe the security rules with: a page-like path and an API path, each readable
 * and changeable. A {@link TestComponent}: imported only by the accounts tests.
 */
@TestComponent
@RestController
class SecurityProbeController {

  @GetMapping({"/probe", "/api/v1/probe", "/probe/new", "/probe/1/edit"})
  String read(Principal principal) {
    return "read by " + (principal == null ? "anonymous" : principal.getName());
  }

  @PostMapping({"/probe", "/api/v1/probe"})
  String change(Principal principal) {
    return "changed by " + (principal == null ? "anonymous" : principal.getName());
  }
}
