package eu.intercluster.system.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import eu.intercluster.system.JsonPaths;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Names the JSON path and the reason of an unreadable request body. */
final class JsonErrors {

  private JsonErrors() {}

  static String path(HttpMessageNotReadableException ex) {
    if (ex.getCause() instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
      return JsonPaths.of(mapping);
    }
    return "body";
  }

  static String describe(HttpMessageNotReadableException ex) {
    Throwable cause = ex.getCause();
    if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum()) {
      return path(ex) + ": must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
          .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "))
          + ", was '" + invalid.getValue() + "'";
    }
    if (cause instanceof JacksonException json) {
      String message = json.getOriginalMessage();
      return path(ex) + ": " + (message == null ? "malformed JSON" : firstLine(message));
    }
    return "body: the request body is missing or is not valid JSON";
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
