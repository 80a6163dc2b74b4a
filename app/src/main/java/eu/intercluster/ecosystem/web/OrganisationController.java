package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.PossibleDuplicateException;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The organisation pages (the list is {@link OrganisationListController}): the organisation with
 * everything the map knows about it, create and edit forms with the possible-duplicate check,
 * delete (refused with the references) and merge.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

  static final int MERGE_OPTIONS = 1000;
  private static final Set<String> FORM_FIELDS = Set.of("name", "acronym", "aliases", "kind",
      "country", "region", "city", "website", "description", "themes");

  private final OrganisationService organisations;
  private final ThemeCatalogue themes;
  private final MessageSource messages;

  OrganisationController(OrganisationService organisations, ThemeCatalogue themes,
      MessageSource messages) {
    this.organisations = organisations;
    this.themes = themes;
    this.messages = messages;
  }

  // ---- the organisation ---------------------------------------------------------------------

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    return detail(organisations.get(id), model);
  }

  private String detail(OrganisationDetails organisation, Model model) {
    model.addAttribute("organisation", organisation);
    // Only read when the merge form is rendered (editors), so readers do not pay for it.
    model.addAttribute("mergeOptions", new LazyContextVariable<List<RecordRef>>() {
      @Override
      protected List<RecordRef> loadValue() {
        return mergeOptions(organisation.id());
      }
    });
    return "ecosystem/organisations/detail";
  }

  private List<RecordRef> mergeOptions(long selfId) {
    return organisations.search(OrganisationFilter.none(), PageRequest.of(0, MERGE_OPTIONS))
        .getContent().stream()
        .filter(o -> o.id() != selfId)
        .map(OrganisationSummary::ref)
        .sorted(Comparator.comparing(RecordRef::label, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  // ---- create -------------------------------------------------------------------------------

  @GetMapping("/new")
  String newForm(Model model, Locale locale) {
    model.addAttribute("organisationForm", new OrganisationForm());
    return form(model, null, locale);
  }

  @PostMapping
  String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult binding,
      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    checkAliases(form, binding);
    if (!binding.hasErrors()) {
      try {
        OrganisationSummary created = organisations.create(form.toInput(), form.isAllowSimilar());
        redirect.addFlashAttribute("flash",
            messages.getMessage("org.flash.created", new Object[] {created.name()}, locale));
        return "redirect:/organisations/" + created.id();
      } catch (PossibleDuplicateException duplicate) {
        model.addAttribute("duplicates", duplicate.candidates());
        response.setStatus(HttpStatus.CONFLICT.value());
        return form(model, null, locale);
      } catch (InvalidInputException invalid) {
        reject(binding, invalid);
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, null, locale);
  }

  // ---- edit ---------------------------------------------------------------------------------

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model, Locale locale) {
    OrganisationDetails organisation = organisations.get(id);
    model.addAttribute("organisationForm", OrganisationForm.of(organisation));
    model.addAttribute("organisation", organisation);
    return form(model, id, locale);
  }

  @PostMapping("/{id}")
  String update(@PathVariable long id,
      @Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult binding,
      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    checkAliases(form, binding);
    if (!binding.hasErrors()) {
      try {
        OrganisationSummary updated = organisations.update(id, form.toInput());
        redirect.addFlashAttribute("flash",
            messages.getMessage("org.flash.updated", new Object[] {updated.name()}, locale));
        return "redirect:/organisations/" + updated.id();
      } catch (InvalidInputException invalid) {
        reject(binding, invalid);
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("organisation", organisations.get(id));
    return form(model, id, locale);
  }

  private String form(Model model, Long id, Locale locale) {
    model.addAttribute("organisationId", id);
    model.addAttribute("kinds", OrganisationKind.values());
    model.addAttribute("themes", themes.all(locale));
    model.addAttribute("countries", organisations.countries());
    model.addAttribute("regions", organisations.regions());
    return "ecosystem/organisations/form";
  }

  private static void checkAliases(OrganisationForm form, BindingResult binding) {
    if (!binding.hasFieldErrors("aliases")
        && form.aliasList().stream().anyMatch(a -> a.length() > OrganisationForm.ALIAS_MAX)) {
      binding.rejectValue("aliases", "org.validation.alias",
          new Object[] {OrganisationForm.ALIAS_MAX}, "alias too long");
    }
  }

  /** Puts each problem the service found under its field ({@code aliases[2]} under aliases). */
  private static void reject(BindingResult binding, InvalidInputException invalid) {
    for (FieldProblem problem : invalid.problems()) {
      String field = problem.field() == null ? "" : problem.field().split("[\\[.]", 2)[0];
      if (FORM_FIELDS.contains(field)) {
        if (binding.getFieldErrorCount(field) == 0) {
          binding.rejectValue(field, "org.validation.service", new Object[] {problem.message()},
              problem.message());
        }
      } else {
        binding.reject("org.validation.service", new Object[] {problem.message()}, problem.message());
      }
    }
  }

  // ---- delete and merge ---------------------------------------------------------------------

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect,
      HttpServletResponse response) {
    OrganisationDetails organisation = organisations.get(id);
    try {
      organisations.delete(id);
    } catch (ConflictException conflict) {
      model.addAttribute("deleteProblem", conflict.details());
      response.setStatus(HttpStatus.CONFLICT.value());
      return detail(organisation, model);
    }
    redirect.addFlashAttribute("flash",
        messages.getMessage("org.flash.deleted", new Object[] {organisation.name()}, locale));
    return "redirect:/organisations";
  }

  @PostMapping("/{id}/merge")
  String merge(@PathVariable long id, @RequestParam(required = false) Long targetId, Locale locale,
      RedirectAttributes redirect) {
    if (targetId == null || targetId == id) {
      redirect.addFlashAttribute("problem", messages.getMessage("org.merge.choose", null, locale));
      return "redirect:/organisations/" + id;
    }
    OrganisationDetails source = organisations.get(id);
    try {
      OrganisationSummary target = organisations.merge(id, targetId);
      redirect.addFlashAttribute("flash", messages.getMessage("org.flash.merged",
          new Object[] {source.name(), target.name()}, locale));
      return "redirect:/organisations/" + target.id();
    } catch (NotFoundException | ConflictException | InvalidInputException refused) {
      redirect.addFlashAttribute("problem", messages.getMessage("org.merge.refused",
          new Object[] {refused.getMessage()}, locale));
      return "redirect:/organisations/" + id;
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException missing, Model model) {
    model.addAttribute("message", missing.getMessage());
    return "ecosystem/organisations/missing";
  }
}
