package eu.intercluster.system;

import java.util.List;

/**
 * A change conflicts with what is stored (a duplicate name, a record still referenced);
 * answered with 409. {@code details} lists what conflicts, for example the references.
 */
public class ConflictException extends RuntimeException {

  private final String code;
  private final List<String> details;

  public ConflictException(String code, String message, List<String> details) {
    super(message);
    this.code = code;
    this.details = List.copyOf(details);
  }

  public String code() {
    return code;
  }

  public List<String> details() {
    return details;
  }
}
