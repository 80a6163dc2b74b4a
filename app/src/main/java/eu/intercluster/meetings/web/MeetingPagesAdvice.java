package eu.intercluster.meetings.web;

import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A refused action on a meetings page answers with a page that says why (409 for a conflict such
 * as a slot taken at the same moment, 422 for bad input, 404 for a missing record) and links back.
 */
@ControllerAdvice(assignableTypes = {RequestController.class, ScheduleController.class, AgendaController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MeetingPagesAdvice {

  @ExceptionHandler(ConflictException.class)
  String conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response, Model model) {
    return problem(HttpStatus.CONFLICT, e.getMessage(), List.of(), request, response, model);
  }

  @ExceptionHandler(InvalidInputException.class)
  String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Model model) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), e.problems(), request, response, model);
  }

  @ExceptionHandler(NotFoundException.class)
  String missing(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of(), request, response, model);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String notANumber(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    return problem(HttpStatus.BAD_REQUEST, e.getName() + ": invalid value '" + e.getValue() + "'",
        List.of(new FieldProblem(e.getName(), "invalid value")), request, response, model);
  }

  private static String problem(HttpStatus status, String message, List<FieldProblem> problems,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", message);
    model.addAttribute("problems", problems);
    model.addAttribute("back", back(request));
    return "meetings/problem";
  }

  /** The page the action came from: the event's requests, schedule or agenda page. */
  static String back(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/events/(\\d+)/(requests|schedule|agenda|meetings"
        + "|participants/\\d+/agenda)").matcher(path);
    if (!m.find()) {
      return "/events";
    }
    String section = m.group(2);
    String target = section.startsWith("meetings") ? "agenda" : section;
    return "/events/" + m.group(1) + "/" + target;
  }
}
