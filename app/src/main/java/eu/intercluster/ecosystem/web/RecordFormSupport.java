package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * What the list, detail and form pages of people, places, programmes, agreements and activities
 * share: paging, htmx fragment selection, the query string kept by the pager, alias splitting and
 * mapping service problems onto form fields.
 */
final class RecordFormSupport {

  static final int PAGE_SIZE = 20;

  private RecordFormSupport() {}

  static Pageable page(int page) {
    return PageRequest.of(Math.max(page, 0), PAGE_SIZE);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The enum constant named {@code value}, or null when the value is blank or unknown. */
  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value.strip()))
        .findFirst().orElse(null);
  }

  /** {@code q=...&kind=...} for the given non-blank parameters, without the page. */
  static String query(Map<String, ?> parameters) {
    StringJoiner joiner = new StringJoiner("&");
    parameters.forEach((name, value) -> {
      if (value != null && !value.toString().isBlank()) {
        joiner.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
      }
    });
    return joiner.toString();
  }

  static Map<String, Object> parameters(Object... nameValuePairs) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
      parameters.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return parameters;
  }

  /**
   * The whole page, or only its {@code results} fragment for an htmx request (a history restore
   * gets the whole page).
   */
  static String listView(String template, HttpServletRequest request, HttpServletResponse response) {
    response.addHeader("Vary", "HX-Request");
    boolean htmx = request.getHeader("HX-Request") != null
        && request.getHeader("HX-History-Restore-Request") == null;
    return htmx ? template + " :: results" : template;
  }

  /** Aliases typed in one field, separated by commas or new lines; blanks and repeats dropped. */
  static List<String> splitAliases(String text) {
    if (text == null) {
      return List.of();
    }
    LinkedHashSet<String> aliases = new LinkedHashSet<>();
    for (String alias : text.split("[,\\r\\n]+")) {
      if (!alias.isBlank()) {
        aliases.add(alias.strip());
      }
    }
    return List.copyOf(aliases);
  }

  static String joinAliases(Collection<String> aliases) {
    return aliases == null ? "" : String.join(", ", aliases);
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  /** Rejects {@code laterField} when {@code later} is before {@code earlier}. */
  static void checkOrder(BindingResult binding, LocalDate earlier, LocalDate later, String laterField,
      String code) {
    if (earlier != null && later != null && later.isBefore(earlier) && !binding.hasFieldErrors(laterField)) {
      binding.rejectValue(laterField, code);
    }
  }

  /**
   * Puts the problems a service found next to the form fields they are about; {@code fields} maps
   * the service's field names (record component, JSON path) to form fields. Problems about other
   * fields become global errors of the form.
   */
  static void reject(BindingResult binding, InvalidInputException invalid, Map<String, String> fields) {
    for (FieldProblem problem : invalid.problems()) {
      String field = formField(problem.field(), fields);
      Object[] arguments = {problem.message()};
      if (field != null && isField(binding, field)) {
        if (!binding.hasFieldErrors(field)) {
          binding.rejectValue(field, "records.problem.field", arguments, problem.message());
        }
      } else {
        binding.reject("records.problem.global", new Object[] {problem.field(), problem.message()},
            problem.field() + ": " + problem.message());
      }
    }
  }

  private static String formField(String field, Map<String, String> fields) {
    if (field == null) {
      return null;
    }
    String plain = field.startsWith("$.") ? field.substring(2) : field;
    if (fields.containsKey(plain)) {
      return fields.get(plain);
    }
    String base = plain.replaceAll("\\[\\d+]$", "");
    if (fields.containsKey(base)) {
      return fields.get(base);
    }
    return plain;
  }

  private static boolean isField(BindingResult binding, String field) {
    try {
      binding.getFieldType(field);
      return binding.getTarget() != null && isReadable(binding, field);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean isReadable(BindingResult binding, String field) {
    try {
      binding.getFieldValue(field);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * When a value could not be converted (a malformed date, an unknown kind), Spring skips Bean
   * Validation of the whole form; this runs it so that every other field still gets its message.
   */
  static void validateAfterBindingFailure(Object form, BindingResult binding, jakarta.validation.Validator validator) {
    if (form == null || binding.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
      return;
    }
    BeanPropertyBindingResult more = new BeanPropertyBindingResult(form, binding.getObjectName());
    new SpringValidatorAdapter(validator).validate(form, more);
    for (FieldError error : more.getFieldErrors()) {
      if (!binding.hasFieldErrors(error.getField())) {
        binding.addError(error);
      }
    }
  }

  static void unprocessable(HttpServletResponse response) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
  }

  /** Every organisation, for pickers. */
  static List<RecordRef> organisationOptions(OrganisationService organisations) {
    List<RecordRef> options = new ArrayList<>();
    for (OrganisationSummary summary : organisations.search(OrganisationFilter.none(), Pageable.unpaged())) {
      options.add(summary.ref());
    }
    return options;
  }
}
