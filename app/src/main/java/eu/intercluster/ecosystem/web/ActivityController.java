package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.ActivityDetails;
import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.ActivitySummary;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PlaceService;
import eu.intercluster.ecosystem.ProgrammeService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
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

/** {@code /activities}: missions, forums, brokerage events and visits with who organised and took part. */
@Controller
@RequestMapping("/activities")
class ActivityController {

  private static final String LIST = "ecosystem/activities/list";
  private static final String DETAIL = "ecosystem/activities/detail";
  private static final String FORM = "ecosystem/activities/form";
  /** Service field names (ActivityInput, map format) to form fields. */
  private static final Map<String, String> FIELDS = Map.of("place", "placeId", "programme", "programmeId",
      "parent", "parentId", "organisers", "organiserIds", "participants", "participantOrganisationIds",
      "themes", "themes");

  private final ActivityService activities;
  private final PlaceService places;
  private final ProgrammeService programmes;
  private final OrganisationService organisations;
  private final PersonService people;
  private final RecordFormFlow flow;

  ActivityController(ActivityService activities, PlaceService places, ProgrammeService programmes,
      OrganisationService organisations, PersonService people, MessageSource messages,
      Validator validator) {
    this.activities = activities;
    this.places = places;
    this.programmes = programmes;
    this.organisations = organisations;
    this.people = people;
    this.flow = new RecordFormFlow("/activities", FIELDS, messages, validator);
  }

  @ModelAttribute("kinds")
  ActivityKind[] kinds() {
    return ActivityKind.values();
  }

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String theme, @RequestParam(defaultValue = "0") int page, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    ActivityKind activityKind = RecordFormSupport.parse(ActivityKind.class, kind);
    String themeCode = RecordFormSupport.blankToNull(theme);
    Page<ActivitySummary> results = activities.search(RecordFormSupport.blankToNull(q), activityKind, themeCode,
        RecordFormSupport.page(page));
    model.addAttribute("page", results);
    model.addAttribute("q", q);
    model.addAttribute("kind", activityKind);
    model.addAttribute("theme", themeCode);
    model.addAttribute("query", RecordFormSupport.query(
        RecordFormSupport.parameters("q", q, "kind", activityKind, "theme", themeCode)));
    return RecordFormSupport.listView(LIST, request, response);
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("activity", activities.get(id));
    return DETAIL;
  }

  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", ActivityForm.empty());
    return form(model, null);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    ActivityDetails activity = activities.get(id);
    model.addAttribute("form", ActivityForm.of(activity));
    return form(model, activity);
  }

  @PostMapping
  String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult binding, Model model,
      RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return save(null, form, binding, model, redirect, locale, response);
  }

  @PostMapping("/{id}")
  String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult binding,
      Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return save(id, form, binding, model, redirect, locale, response);
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, Model model, RedirectAttributes redirect, Locale locale,
      HttpServletResponse response) {
    return flow.delete(() -> activities.delete(id), () -> detail(id, model), model, redirect, locale, response);
  }

  private String save(Long id, ActivityForm form, BindingResult binding, Model model,
      RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return flow.save(form, binding, checked -> {
      RecordFormSupport.checkOrder(checked, form.startDate(), form.endDate(), "endDate",
          "records.validation.endBeforeStart");
      if (id != null && id.equals(form.parentId()) && !checked.hasFieldErrors("parentId")) {
        checked.rejectValue("parentId", "records.validation.parentSelf");
      }
    }, () -> (id == null ? activities.create(form.toInput()) : activities.update(id, form.toInput())).id(),
        () -> form(model, id == null ? null : activities.get(id)), redirect, locale, response);
  }

  private String form(Model model, ActivityDetails activity) {
    model.addAttribute("activity", activity);
    model.addAttribute("placeOptions", places.options());
    model.addAttribute("programmeOptions", programmes.options());
    model.addAttribute("parentOptions", activities.options().stream()
        .filter(option -> activity == null || option.id() != activity.id()).toList());
    model.addAttribute("organisationOptions", RecordFormSupport.organisationOptions(organisations));
    model.addAttribute("personOptions", people.options());
    return FORM;
  }
}
