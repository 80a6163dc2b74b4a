package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.PossibleDuplicateException;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.system.FieldProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Problem details particular to the ecosystem API, before the platform's general handler
 * ({@code system.web.ApiProblemHandler}, which answers everything else): possible duplicates with
 * their candidates, and bad query parameters named with the values they accept.
 */
@RestControllerAdvice(basePackageClasses = EcosystemApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EcosystemApiProblems {

  static final URI VALIDATION = URI.create("https://intercluster.eu/problems/validation");
  static final URI POSSIBLE_DUPLICATE = URI.create("https://intercluster.eu/problems/possible-duplicate");

  /** A candidate of a possible duplicate, with how to merge a record into it. */
  record Candidate(String kind, long id, String key, String label, String path, String mergeInto) {

    static Candidate of(RecordRef ref) {
      return new Candidate(ref.kind().name(), ref.id(), ref.key(), ref.label(), ApiPaths.of(ref),
          "into=" + ref.id());
    }
  }

  @ExceptionHandler(PossibleDuplicateException.class)
  ProblemDetail possibleDuplicate(PossibleDuplicateException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Possible duplicate");
    problem.setType(POSSIBLE_DUPLICATE);
    problem.setProperty("details", e.details());
    problem.setProperty("candidates", e.candidates().stream().map(Candidate::of).toList());
    problem.setProperty("hint", "If this is one of the candidates, change that one (PUT its path) or, for a "
        + "record that exists twice, merge it: POST /api/v1/organisations/{id}/merge?into={candidate id}. "
        + "If it is a different organisation, repeat the request with ?allowSimilar=true.");
    return problem;
  }

  @ExceptionHandler(BadParameterException.class)
  ProblemDetail badParameter(BadParameterException e) {
    return validation(e.problems());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return validation(List.of(new FieldProblem(e.getName(), expectation(e) + ", was '" + e.getValue() + "'")));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return validation(List.of(new FieldProblem(e.getParameterName(), "is required")));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e) {
    return validation(List.of(new FieldProblem(e.getRequestPartName(),
        "is required: upload the file as multipart/form-data part '" + e.getRequestPartName() + "'")));
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ProblemDetail methodValidation(HandlerMethodValidationException e) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      String name = result.getMethodParameter().getParameterName();
      if (result instanceof ParameterErrors errors) {
        for (FieldError error : errors.getFieldErrors()) {
          problems.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        errors.getGlobalErrors().forEach(error -> problems.add(new FieldProblem(name, error.getDefaultMessage())));
      } else {
        for (MessageSourceResolvable error : result.getResolvableErrors()) {
          problems.add(new FieldProblem(name, error.getDefaultMessage()));
        }
      }
    }
    return validation(problems);
  }

  private static String expectation(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    if (type != null && Collection.class.isAssignableFrom(type)) {
      type = ResolvableType.forMethodParameter(e.getParameter()).asCollection().resolveGeneric(0);
    }
    if (type != null && type.isEnum()) {
      return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      return "must be a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    return "is not a valid value";
  }

  static ProblemDetail validation(List<FieldProblem> problems) {
    String detail = problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid input");
    problem.setType(VALIDATION);
    problem.setProperty("errors", problems);
    return problem;
  }
}
