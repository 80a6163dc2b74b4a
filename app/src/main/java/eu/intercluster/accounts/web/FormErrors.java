package eu.intercluster.accounts.web;

import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** Puts the problems a service found next to the form fields they are about. */
final class FormErrors {

  private FormErrors() {}

  /**
   * @param codes message code per field, for a translated message; the service's own message is
   *     the fallback
   */
  static void reject(BindingResult binding, InvalidInputException invalid, Map<String, String> codes) {
    for (FieldProblem problem : invalid.problems()) {
      if (binding.getFieldErrorCount(problem.field()) == 0) {
        binding.rejectValue(problem.field(), codes.getOrDefault(problem.field(), "accounts.problem.unmapped"),
            problem.message());
      }
    }
  }
}
