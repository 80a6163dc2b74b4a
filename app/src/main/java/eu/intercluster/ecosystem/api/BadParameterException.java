package eu.intercluster.ecosystem.api;

import eu.intercluster.system.FieldProblem;
import java.util.List;

/** A query parameter (or request part) is out of range or unknown; answered with 400. */
class BadParameterException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  BadParameterException(String parameter, String message) {
    super(parameter + ": " + message);
    this.problems = List.of(new FieldProblem(parameter, message));
  }

  List<FieldProblem> problems() {
    return problems;
  }
}
