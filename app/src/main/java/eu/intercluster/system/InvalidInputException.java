package eu.intercluster.system;

import java.util.List;

/**
 * A request (or an import file) is invalid; answered with 400 or 422 and the list of problems,
 * each naming its field, JSON path or line. Nothing has been written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(String summary, List<FieldProblem> problems) {
    super(summary);
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String message) {
    this(field + ": " + message, List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
