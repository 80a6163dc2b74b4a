package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.PersonDetails;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PersonSummary;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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

/** {@code /people}: list and search, a person's page with roles, and the forms. */
@Controller
@RequestMapping("/people")
class PersonController {

  private static final String LIST = "ecosystem/people/list";
  private static final String DETAIL = "ecosystem/people/detail";
  private static final String FORM = "ecosystem/people/form";
  /** Service field names (PersonInput) to form fields. */
  private static final Map<String, String> FIELDS = Map.of("aliases", "aliases", "roles", "roles");

  private static final Pattern ROLE_FIELD = Pattern.compile("roles\\[(\\d+)](.*)");

  private final PersonService people;
  private final OrganisationService organisations;
  private final RecordFormFlow flow;

  PersonController(PersonService people, OrganisationService organisations, MessageSource messages,
      Validator validator) {
    this.people = people;
    this.organisations = organisations;
    this.flow = new RecordFormFlow("/people", FIELDS, messages, validator);
  }

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    Page<PersonSummary> results = people.search(RecordFormSupport.blankToNull(q), RecordFormSupport.page(page));
    model.addAttribute("page", results);
    model.addAttribute("q", q);
    model.addAttribute("query", RecordFormSupport.query(RecordFormSupport.parameters("q", q)));
    return RecordFormSupport.listView(LIST, request, response);
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("person", people.get(id));
    return DETAIL;
  }

  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", PersonForm.empty());
    return form(model, null);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    PersonDetails person = people.get(id);
    model.addAttribute("form", PersonForm.of(person));
    return form(model, person);
  }

  @PostMapping
  String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding,
      @RequestParam(required = false) String addRole, Model model, RedirectAttributes redirect,
      Locale locale, HttpServletResponse response) {
    return save(null, form, binding, addRole != null, model, redirect, locale, response);
  }

  @PostMapping("/{id}")
  String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form,
      BindingResult binding, @RequestParam(required = false) String addRole, Model model,
      RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return save(id, form, binding, addRole != null, model, redirect, locale, response);
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, Model model, RedirectAttributes redirect, Locale locale,
      HttpServletResponse response) {
    return flow.delete(() -> people.delete(id), () -> detail(id, model), model, redirect, locale, response);
  }

  private String save(Long id, PersonForm form, BindingResult binding, boolean addRole, Model model,
      RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    PersonDetails current = id == null ? null : people.get(id);
    if (addRole) {
      model.addAttribute("form", form.withEmptyRole());
      // the errors of this unfinished form are not shown: only a row was added
      model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
      return form(model, current);
    }
    return flow.save(form, binding, checked -> checkRoleDates(form, checked), () -> saveOnFormRows(id, form),
        () -> form(model, current), redirect, locale, response);
  }

  private static void checkRoleDates(PersonForm form, BindingResult binding) {
    for (int i = 0; i < form.roles().size(); i++) {
      PersonForm.Role role = form.roles().get(i);
      if (role != null) {
        RecordFormSupport.checkOrder(binding, role.from(), role.to(), "roles[" + i + "].to",
            "records.validation.toBeforeFrom");
      }
    }
  }

  /** Saves the person; the service's problems about roles are moved onto the form's rows. */
  private long saveOnFormRows(Long id, PersonForm form) {
    try {
      return (id == null ? people.create(form.toInput()) : people.update(id, form.toInput())).id();
    } catch (InvalidInputException invalid) {
      throw onFormRows(invalid, form);
    }
  }

  /** The service numbers the roles it was sent; the form also has blank rows. */
  private static InvalidInputException onFormRows(InvalidInputException invalid, PersonForm form) {
    List<Integer> rows = form.filledRoleRows();
    List<FieldProblem> problems = invalid.problems().stream().map(problem -> {
      Matcher role = ROLE_FIELD.matcher(problem.field() == null ? "" : problem.field());
      if (role.matches() && Integer.parseInt(role.group(1)) < rows.size()) {
        return new FieldProblem("roles[" + rows.get(Integer.parseInt(role.group(1))) + "]" + role.group(2),
            problem.message());
      }
      return problem;
    }).toList();
    return new InvalidInputException(invalid.getMessage(), problems);
  }

  private String form(Model model, PersonDetails person) {
    model.addAttribute("person", person);
    List<RecordRef> options = RecordFormSupport.organisationOptions(organisations);
    model.addAttribute("organisationOptions", options);
    return FORM;
  }
}
