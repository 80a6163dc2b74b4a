package eu.intercluster.extraction;

/** A sentence as a token range [first, last) with character offsets [start, end). */
record Sentence(int index, int first, int last, int start, int end) {
  boolean containsChar(int offset) {
    return offset >= start && offset < end;
  }
}
