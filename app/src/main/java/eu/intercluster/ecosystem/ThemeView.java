package eu.intercluster.ecosystem;

/** A theme of the taxonomy with its label in the reader's language. */
public record ThemeView(String code, String label) {}
