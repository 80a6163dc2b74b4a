package eu.intercluster.ecosystem.web;

import eu.intercluster.system.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A missing person, place, programme, agreement or activity gets a page (404), not the API's
 * problem JSON; ordered before the platform-wide API handler.
 */
@ControllerAdvice(assignableTypes = {PersonController.class, PlaceController.class, ProgrammeController.class,
    AgreementController.class, ActivityController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordPagesAdvice {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException missing, Model model) {
    model.addAttribute("message", missing.getMessage());
    return "ecosystem/people/missing";
  }

  /** {@code /people/abc}: not a record id, so no such page. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notAnId(MethodArgumentTypeMismatchException mismatch, Model model) {
    model.addAttribute("message", mismatch.getName() + ": " + mismatch.getValue());
    return "ecosystem/people/missing";
  }
}
