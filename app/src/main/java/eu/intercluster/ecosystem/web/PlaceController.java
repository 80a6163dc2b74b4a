package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.PlaceDetails;
import eu.intercluster.ecosystem.PlaceKind;
import eu.intercluster.ecosystem.PlaceService;
import eu.intercluster.ecosystem.PlaceSummary;
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

/** {@code /places}: list by kind, a place with its parent, children and what happened there. */
@Controller
@RequestMapping("/places")
class PlaceController {

  private static final String LIST = "ecosystem/places/list";
  private static final String DETAIL = "ecosystem/places/detail";
  private static final String FORM = "ecosystem/places/form";
  private static final Map<String, String> FIELDS = Map.of("parent", "parentId", "aliases", "aliases");

  private final PlaceService places;
  private final RecordFormFlow flow;

  PlaceController(PlaceService places, MessageSource messages,
      Validator validator) {
    this.places = places;
    this.flow = new RecordFormFlow("/places", FIELDS, messages, validator);
  }

  @ModelAttribute("kinds")
  PlaceKind[] kinds() {
    return PlaceKind.values();
  }

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    PlaceKind placeKind = RecordFormSupport.parse(PlaceKind.class, kind);
    Page<PlaceSummary> results = places.search(RecordFormSupport.blankToNull(q), placeKind,
        RecordFormSupport.page(page));
    model.addAttribute("page", results);
    model.addAttribute("q", q);
    model.addAttribute("kind", placeKind);
    model.addAttribute("query", RecordFormSupport.query(RecordFormSupport.parameters("q", q, "kind", placeKind)));
    return RecordFormSupport.listView(LIST, request, response);
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("place", places.get(id));
    return DETAIL;
  }

  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", PlaceForm.empty());
    return form(model, null);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    PlaceDetails place = places.get(id);
    model.addAttribute("form", PlaceForm.of(place));
    return form(model, place);
  }

  @PostMapping
  String create(@Valid @ModelAttribute("form") PlaceForm form, BindingResult binding, Model model,
      RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return save(null, form, binding, model, redirect, locale, response);
  }

  @PostMapping("/{id}")
  String update(@PathVariable long id, @Valid @ModelAttribute("form") PlaceForm form, BindingResult binding,
      Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return save(id, form, binding, model, redirect, locale, response);
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, Model model, RedirectAttributes redirect, Locale locale,
      HttpServletResponse response) {
    return flow.delete(() -> places.delete(id), () -> detail(id, model), model, redirect, locale, response);
  }

  private String save(Long id, PlaceForm form, BindingResult binding, Model model, RedirectAttributes redirect,
      Locale locale, HttpServletResponse response) {
    return flow.save(form, binding, checked -> {
      if (id != null && id.equals(form.parentId()) && !checked.hasFieldErrors("parentId")) {
        checked.rejectValue("parentId", "records.validation.parentSelf");
      }
    }, () -> (id == null ? places.create(form.toInput()) : places.update(id, form.toInput())).id(),
        () -> form(model, id == null ? null : places.get(id)), redirect, locale, response);
  }

  private String form(Model model, PlaceDetails place) {
    model.addAttribute("place", place);
    model.addAttribute("placeOptions", places.options().stream()
        .filter(option -> place == null || option.id() != place.id()).toList());
    return FORM;
  }
}
