package eu.intercluster.system;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** The JSON path ({@code $.organisations[3].kind}) of a JSON mapping error. */
public final class JsonPaths {

  private JsonPaths() {}

  public static String of(DatabindException e) {
    StringBuilder path = new StringBuilder("$");
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append('.').append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
