package eu.intercluster.extraction;

/** One occurrence of an entity in the body: verbatim text and character offsets [start, end). */
public record Mention(String text, int start, int end) {}
