package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.AgreementDetails;
import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.AgreementStatus;
import eu.intercluster.ecosystem.AgreementSummary;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PlaceService;
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

/** {@code /agreements}: MoUs and protocols with their parties, signatories and provenance. */
@Controller
@RequestMapping("/agreements")
class AgreementController {

  private static final String LIST = "ecosystem/agreements/list";
  private static final String DETAIL = "ecosystem/agreements/detail";
  private static final String FORM = "ecosystem/agreements/form";
  /** Service field names (AgreementInput, map format) to form fields. */
  private static final Map<String, String> FIELDS = Map.of("signingPlace", "signingPlaceId",
      "parties", "partyIds", "signatories", "signatoryIds", "involved", "involvedIds", "themes", "themes");

  private final AgreementService agreements;
  private final PlaceService places;
  private final OrganisationService organisations;
  private final PersonService people;
  private final RecordFormFlow flow;

  AgreementController(AgreementService agreements, PlaceService places, OrganisationService organisations,
      PersonService people, MessageSource messages,
      Validator validator) {
    this.agreements = agreements;
    this.places = places;
    this.organisations = organisations;
    this.people = people;
    this.flow = new RecordFormFlow("/agreements", FIELDS, messages, validator);
  }

  @ModelAttribute("kinds")
  AgreementKind[] kinds() {
    return AgreementKind.values();
  }

  @ModelAttribute("statuses")
  AgreementStatus[] statuses() {
    return AgreementStatus.values();
  }

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String theme, @RequestParam(required = false) Long organisation,
      @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    AgreementStatus agreementStatus = RecordFormSupport.parse(AgreementStatus.class, status);
    String themeCode = RecordFormSupport.blankToNull(theme);
    Page<AgreementSummary> results = agreements.search(RecordFormSupport.blankToNull(q), agreementStatus,
        themeCode, organisation, RecordFormSupport.page(page));
    model.addAttribute("page", results);
    model.addAttribute("q", q);
    model.addAttribute("status", agreementStatus);
    model.addAttribute("theme", themeCode);
    model.addAttribute("organisation", organisation);
    model.addAttribute("query", RecordFormSupport.query(RecordFormSupport.parameters(
        "q", q, "status", agreementStatus, "theme", themeCode, "organisation", organisation)));
    return RecordFormSupport.listView(LIST, request, response);
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("agreement", agreements.get(id));
    return DETAIL;
  }

  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", AgreementForm.empty());
    return form(model, null);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    AgreementDetails agreement = agreements.get(id);
    model.addAttribute("form", AgreementForm.of(agreement));
    return form(model, agreement);
  }

  @PostMapping
  String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model,
      RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return save(null, form, binding, model, redirect, locale, response);
  }

  @PostMapping("/{id}")
  String update(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult binding,
      Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return save(id, form, binding, model, redirect, locale, response);
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, Model model, RedirectAttributes redirect, Locale locale,
      HttpServletResponse response) {
    return flow.delete(() -> agreements.delete(id), () -> detail(id, model), model, redirect, locale, response);
  }

  private String save(Long id, AgreementForm form, BindingResult binding, Model model,
      RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return flow.save(form, binding,
        checked -> RecordFormSupport.checkOrder(checked, form.signedOn(), form.expiresOn(), "expiresOn",
            "records.validation.expiryBeforeSigning"),
        () -> (id == null ? agreements.create(form.toInput()) : agreements.update(id, form.toInput())).id(),
        () -> form(model, id == null ? null : agreements.get(id)), redirect, locale, response);
  }

  private String form(Model model, AgreementDetails agreement) {
    model.addAttribute("agreement", agreement);
    model.addAttribute("placeOptions", places.options());
    model.addAttribute("organisationOptions", RecordFormSupport.organisationOptions(organisations));
    model.addAttribute("personOptions", people.options());
    return FORM;
  }
}
