package eu.intercluster.system.web;

import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors of the REST API ({@code /api/**}) into RFC 9457 problem details that name the
 * field and the reason, in an {@code errors} array of {@code {field, message}}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  static final URI VALIDATION = URI.create("https://intercluster.eu/problems/validation");

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return validationProblem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), e.problems());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Conflict");
    problem.setType(URI.create("https://intercluster.eu/problems/" + e.code()));
    problem.setProperty("details", e.details());
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String message = "invalid value '" + e.getValue() + "'";
    return validationProblem(HttpStatus.BAD_REQUEST, e.getName() + ": " + message,
        List.of(new FieldProblem(e.getName(), message)));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
        .toList();
    String summary = problems.stream().map(p -> p.field() + ": " + p.message())
        .collect(Collectors.joining("; "));
    return ResponseEntity.badRequest().body(validationProblem(HttpStatus.BAD_REQUEST, summary, problems));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String reason = JsonErrors.describe(ex);
    return ResponseEntity.badRequest().body(validationProblem(HttpStatus.BAD_REQUEST, reason,
        List.of(new FieldProblem(JsonErrors.path(ex), reason))));
  }

  static ProblemDetail validationProblem(HttpStatus status, String detail, List<FieldProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle("Invalid input");
    problem.setType(VALIDATION);
    problem.setProperty("errors", problems);
    return problem;
  }
}
