package eu.intercluster.ecosystem;

import java.time.LocalDate;

/** A source document that a fact was read from. */
public record SourceRef(long id, String key, String title, String origin, String language,
    LocalDate publishedOn, String url) {}
