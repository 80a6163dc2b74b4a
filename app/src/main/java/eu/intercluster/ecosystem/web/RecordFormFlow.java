package eu.intercluster.ecosystem.web;

import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The save and delete flow that the people, places, programmes, agreements and activities
 * controllers share. A save runs the form checks, calls the service and redirects to the saved
 * record with a "saved" message, or re-shows the form with status 422 and the service's problems on
 * the fields. A delete redirects to the list with a "deleted" message, or re-shows the detail page
 * with status 409 and the {@code refusal}. Each controller makes one for its base path.
 */
final class RecordFormFlow {

  private final String basePath;
  private final Map<String, String> fields;
  private final MessageSource messages;
  private final Validator validator;

  /**
   * @param basePath the list URL, such as {@code /people}; a record is at {@code basePath/id}
   * @param fields the service's field names mapped to form fields, for {@link RecordFormSupport#reject}
   */
  RecordFormFlow(String basePath, Map<String, String> fields, MessageSource messages, Validator validator) {
    this.basePath = basePath;
    this.fields = fields;
    this.messages = messages;
    this.validator = validator;
  }

  /**
   * Validates {@code form} (also after a binding failure), runs the controller's own {@code checks},
   * and when the form has no errors saves it with {@code save} (which returns the saved record's id
   * and may throw {@link InvalidInputException}). Returns the redirect to the saved record, or
   * {@code reshow}'s view with status 422.
   */
  String save(Object form, BindingResult binding, Consumer<BindingResult> checks, LongSupplier save,
      Supplier<String> reshow, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
    RecordFormSupport.validateAfterBindingFailure(form, binding, validator);
    checks.accept(binding);
    if (!binding.hasErrors()) {
      try {
        long id = save.getAsLong();
        redirect.addFlashAttribute("flash", messages.getMessage("records.saved", null, locale));
        return "redirect:" + basePath + "/" + id;
      } catch (InvalidInputException invalid) {
        RecordFormSupport.reject(binding, invalid, fields);
      }
    }
    RecordFormSupport.unprocessable(response);
    return reshow.get();
  }

  /**
   * Deletes with {@code delete}; when the service refuses, returns {@code detail}'s view (which puts
   * the record in the model) with status 409 and the {@code refusal}, else the redirect to the list.
   */
  String delete(Runnable delete, Supplier<String> detail, Model model, RedirectAttributes redirect,
      Locale locale, HttpServletResponse response) {
    try {
      delete.run();
    } catch (ConflictException refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      String view = detail.get();
      model.addAttribute("refusal", refused);
      return view;
    }
    redirect.addFlashAttribute("flash", messages.getMessage("records.deleted", null, locale));
    return "redirect:" + basePath;
  }
}
