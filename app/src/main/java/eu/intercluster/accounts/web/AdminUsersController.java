package eu.intercluster.accounts.web;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/users}: the administrator lists, creates, re-roles, enables and disables users. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

  private final UserAccounts accounts;
  private final MessageSource messages;

  AdminUsersController(UserAccounts accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @ModelAttribute("roles")
  Role[] roles() {
    return Role.values();
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("users", accounts.list());
    return "accounts/users";
  }

  @GetMapping("/new")
  String newUser(Model model) {
    model.addAttribute("userForm", new NewUserForm());
    return "accounts/user-new";
  }

  @PostMapping
  String create(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult binding,
      RedirectAttributes redirect, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
    if (!binding.hasFieldErrors("username") && accounts.exists(form.getUsername())) {
      binding.rejectValue("username", "accounts.validation.username.taken", new Object[] {form.getUsername()}, null);
    }
    if (!binding.hasErrors()) {
      try {
        UserAccount created = accounts.create(form.getUsername(), form.getDisplayName(), form.getPassword(),
            form.getRole());
        redirect.addFlashAttribute("flash",
            messages.getMessage("accounts.user.created", new Object[] {created.username()}, locale));
        return "redirect:/admin/users";
      } catch (InvalidInputException invalid) {
        FormErrors.reject(binding, invalid, Map.of());
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return "accounts/user-new";
  }

  @PostMapping("/{id}/role")
  String changeRole(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect, Locale locale) {
    return change(() -> accounts.changeRole(id, role), "accounts.user.role.changed", redirect, locale);
  }

  @PostMapping("/{id}/enabled")
  String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect,
      Locale locale) {
    return change(() -> accounts.setEnabled(id, enabled),
        enabled ? "accounts.user.enabled" : "accounts.user.disabled", redirect, locale);
  }

  private String change(Supplier<UserAccount> change, String doneMessage, RedirectAttributes redirect,
      Locale locale) {
    try {
      UserAccount user = change.get();
      redirect.addFlashAttribute("flash", messages.getMessage(doneMessage, new Object[] {user.username()}, locale));
    } catch (ConflictException lastAdmin) {
      redirect.addFlashAttribute("problem", messages.getMessage("accounts.user.last-admin",
          new Object[] {lastAdmin.details().get(0)}, locale));
    }
    return "redirect:/admin/users";
  }
}
