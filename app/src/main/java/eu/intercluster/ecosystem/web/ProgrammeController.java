package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.ProgrammeDetails;
import eu.intercluster.ecosystem.ProgrammeKind;
import eu.intercluster.ecosystem.ProgrammeService;
import eu.intercluster.ecosystem.ProgrammeSummary;
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

/** {@code /programmes}: funding programmes, projects and initiatives with their activities. */
@Controller
@RequestMapping("/programmes")
class ProgrammeController {

  private static final String LIST = "ecosystem/programmes/list";
  private static final String DETAIL = "ecosystem/programmes/detail";
  private static final String FORM = "ecosystem/programmes/form";
  private static final Map<String, String> FIELDS = Map.of("aliases", "aliases", "themes", "themes");

  private final ProgrammeService programmes;
  private final RecordFormFlow flow;

  ProgrammeController(ProgrammeService programmes, MessageSource messages,
      Validator validator) {
    this.programmes = programmes;
    this.flow = new RecordFormFlow("/programmes", FIELDS, messages, validator);
  }

  @ModelAttribute("kinds")
  ProgrammeKind[] kinds() {
    return ProgrammeKind.values();
  }

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String theme, @RequestParam(defaultValue = "0") int page, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    ProgrammeKind programmeKind = RecordFormSupport.parse(ProgrammeKind.class, kind);
    String themeCode = RecordFormSupport.blankToNull(theme);
    Page<ProgrammeSummary> results = programmes.search(RecordFormSupport.blankToNull(q), programmeKind, themeCode,
        RecordFormSupport.page(page));
    model.addAttribute("page", results);
    model.addAttribute("q", q);
    model.addAttribute("kind", programmeKind);
    model.addAttribute("theme", themeCode);
    model.addAttribute("query", RecordFormSupport.query(
        RecordFormSupport.parameters("q", q, "kind", programmeKind, "theme", themeCode)));
    return RecordFormSupport.listView(LIST, request, response);
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("programme", programmes.get(id));
    return DETAIL;
  }

  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", ProgrammeForm.empty());
    return form(model, null);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    ProgrammeDetails programme = programmes.get(id);
    model.addAttribute("form", ProgrammeForm.of(programme));
    return form(model, programme);
  }

  @PostMapping
  String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model,
      RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return save(null, form, binding, model, redirect, locale, response);
  }

  @PostMapping("/{id}")
  String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding,
      Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return save(id, form, binding, model, redirect, locale, response);
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, Model model, RedirectAttributes redirect, Locale locale,
      HttpServletResponse response) {
    return flow.delete(() -> programmes.delete(id), () -> detail(id, model), model, redirect, locale, response);
  }

  private String save(Long id, ProgrammeForm form, BindingResult binding, Model model,
      RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    return flow.save(form, binding, checked -> { },
        () -> (id == null ? programmes.create(form.toInput()) : programmes.update(id, form.toInput())).id(),
        () -> form(model, id == null ? null : programmes.get(id)), redirect, locale, response);
  }

  private String form(Model model, ProgrammeDetails programme) {
    model.addAttribute("programme", programme);
    return FORM;
  }
}
