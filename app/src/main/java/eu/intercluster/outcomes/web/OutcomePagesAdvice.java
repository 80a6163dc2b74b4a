package eu.intercluster.outcomes.web;

import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A missing event, participant or meeting on an outcomes page is a 404 page; a refused change a 422 page. */
@ControllerAdvice(assignableTypes = {CheckinController.class, FeedbackController.class, FollowUpController.class,
    StatsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutcomePagesAdvice {

  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(RuntimeException missing, Model model) {
    model.addAttribute("message", missing instanceof NotFoundException ? missing.getMessage() : "not found");
    return "outcomes/missing";
  }

  /** A change refused for what it is (a cancelled or unscheduled meeting marked, a no-show given feedback). */
  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
  String refused(InvalidInputException refused, Model model) {
    model.addAttribute("message", refused.getMessage());
    return "outcomes/refused";
  }
}
