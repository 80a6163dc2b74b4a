package eu.intercluster.extraction;

/** A typed entity occurrence found by the tagger: character offsets [start, end) in the body. */
record NerSpan(int start, int end, EntityType type) {}
