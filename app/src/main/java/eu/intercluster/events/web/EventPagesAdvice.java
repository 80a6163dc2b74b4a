package eu.intercluster.events.web;

import eu.intercluster.system.ConflictException;
import eu.intercluster.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A missing record or a conflict on an events page answers with a page that says why. */
@ControllerAdvice(assignableTypes = {EventPagesController.class, EventSetupController.class,
    RegistrationController.class, ParticipantsController.class, MarketplaceController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventPagesAdvice {

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("message", e.getMessage());
    return "events/problem";
  }

  @ExceptionHandler(ConflictException.class)
  String conflict(ConflictException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.CONFLICT.value());
    model.addAttribute("message", e.getMessage());
    return "events/problem";
  }
}
