package eu.intercluster.extraction;

/** A date expression: verbatim text and ISO value (YYYY[-MM[-DD]][/...]) when the text fixes it, else null. */
public record DateValue(String text, String iso) {}
