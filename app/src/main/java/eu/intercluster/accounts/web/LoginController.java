package eu.intercluster.accounts.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST of the form and {@code POST /logout}. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login(Authentication authentication) {
    boolean signedIn = authentication != null && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken);
    return signedIn ? "redirect:/account" : "accounts/login";
  }
}
