package eu.intercluster.accounts.web;

import eu.intercluster.accounts.ApiTokens;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account}: the signed-in user's own profile, password and personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

  private final UserAccounts accounts;
  private final ApiTokens apiTokens;
  private final MessageSource messages;

  AccountController(UserAccounts accounts, ApiTokens apiTokens, MessageSource messages) {
    this.accounts = accounts;
    this.apiTokens = apiTokens;
    this.messages = messages;
  }

  @GetMapping
  String show(Principal principal, Model model) {
    model.addAttribute("passwordForm", new PasswordChangeForm());
    model.addAttribute("tokenForm", new TokenForm());
    return page(principal, model);
  }

  @PostMapping("/password")
  String changePassword(Principal principal, @Valid @ModelAttribute("passwordForm") PasswordChangeForm form,
      BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
    if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())
        && binding.getFieldErrorCount("confirmPassword") == 0) {
      binding.rejectValue("confirmPassword", "accounts.validation.password.mismatch");
    }
    if (!binding.hasErrors()) {
      try {
        accounts.changePassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword());
        redirect.addFlashAttribute("flash", messages.getMessage("accounts.password.changed", null, locale));
        return "redirect:/account";
      } catch (InvalidInputException invalid) {
        FormErrors.reject(binding, invalid, Map.of("currentPassword", "accounts.validation.password.current"));
      }
    }
    model.addAttribute("tokenForm", new TokenForm());
    return page(principal, model);
  }

  @PostMapping("/tokens")
  String issueToken(Principal principal, @Valid @ModelAttribute("tokenForm") TokenForm form,
      BindingResult binding, Model model, RedirectAttributes redirect) {
    if (!binding.hasErrors()) {
      try {
        redirect.addFlashAttribute("issuedToken", apiTokens.issue(principal.getName(), form.getName()));
        redirect.addFlashAttribute("issuedTokenName", form.getName().strip());
        return "redirect:/account";
      } catch (InvalidInputException invalid) {
        FormErrors.reject(binding, invalid, Map.of());
      }
    }
    model.addAttribute("passwordForm", new PasswordChangeForm());
    return page(principal, model);
  }

  @PostMapping("/tokens/{id}/revoke")
  String revokeToken(Principal principal, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
    apiTokens.revoke(principal.getName(), id);
    redirect.addFlashAttribute("flash", messages.getMessage("accounts.token.revoked", null, locale));
    return "redirect:/account";
  }

  private String page(Principal principal, Model model) {
    model.addAttribute("account", accounts.find(principal.getName())
        .orElseThrow(() -> new NotFoundException("User", principal.getName())));
    model.addAttribute("tokens", apiTokens.list(principal.getName()));
    return "accounts/account";
  }
}
