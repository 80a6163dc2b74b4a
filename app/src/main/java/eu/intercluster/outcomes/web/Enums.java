package eu.intercluster.outcomes.web;

/** Form values to enum constants: unknown or blank is null, which the services report by field. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
