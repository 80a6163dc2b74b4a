package eu.intercluster.system;

/** One problem with one field (or JSON path, or CSV line) of a request. */
public record FieldProblem(String field, String message) {}
