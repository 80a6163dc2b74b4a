package eu.intercluster.extraction;

import java.util.Set;

/**
 * Trims a capitalised chunk to the name it holds: leading function words (not the article of a known place,
 * "Las Vegas"), titles and "Milan-based", a closing section's "About", a news header's "News", and trailing
 * lower-case words unless they end a cue phrase ("Chambre de commerce") or precede an edition's year.
 */
final class ChunkEdges {
  private static final java.util.regex.Pattern BASED = java.util.regex.Pattern.compile(
      "(?iu)\\p{L}+-(?:based|born|headquartered|founded)");

  private static final Set<String> NEWS = Set.of("News", "NEWS", "Newsletter", "NEWSLETTER");

  private final Doc doc;
  private final Lexicon lex = Lexicon.INSTANCE;

  ChunkEdges(Doc doc) {
    this.doc = doc;
  }

  /** The name inside the chunk [a, b) of sentence s as {start, end}; start >= end when nothing is left. */
  int[] trim(int a, int b, Sentence s) {
    while (a < b && (Words.FUNCTION.contains(Words.f(doc.tokens.get(a))) && !knownPlaceFrom(a)
        || lex.inFolded("title", doc.folded(a)))) {
      a++;
    }
    while (a < b && BASED.matcher(doc.tokenText(a)).matches()) {
      a++;
    }
    if (b - a > 1 && a == s.first() && b == s.last() && doc.tokenText(a).equals("About")) {
      a++; // a press release's closing section "About Nordvik Robotics" is headed by the body's name
    }
    if (b - a > 1 && a == s.first() && b == s.last() && NEWS.contains(doc.tokenText(b - 1))) {
      b--; // "Unimar News", "Kestrel Newsletter": a news page's header names its publisher
    }
    while (b > a && !doc.tokens.get(b - 1).isUpper() && !endsWithCue(a, b) && !editionYear(a, b)) {
      b--;
    }
    return new int[] {a, b};
  }

  /** A known place of several words starts at token a: its article is part of the name ("Las Vegas", "La Spezia"). */
  private boolean knownPlaceFrom(int a) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.prio >= Cand.PLACE && c.start == doc.tokenStart(a)
          && c.end > doc.tokenEnd(a)) {
        return true;
      }
    }
    return false;
  }

  /** "European Robotics Forum 2027", "Global AI Summit 2026": the year of an edition belongs to the event's name. */
  private boolean editionYear(int a, int b) {
    if (b - a < 2 || !doc.tokenText(b - 1).matches("(?:19|20)\\d\\d") || !doc.tokens.get(b - 2).isUpper()) {
      return false;
    }
    for (int k = a; k < b - 1; k++) {
      if (lex.inSection("event", doc.tokenText(k))) {
        return true;
      }
    }
    return false;
  }

  /** The chunk ends with a lower-case cue phrase: "Chambre de commerce", "Palais des congrès". */
  private boolean endsWithCue(int a, int b) {
    StringBuilder phrase = new StringBuilder();
    for (int k = b - 1; k >= Math.max(a, b - 6); k--) {
      String w = Norm.fold(doc.tokenText(k));
      phrase.insert(0, w.endsWith("'") || phrase.length() == 0 ? w : w + " ");
      if (k < b - 1 && (lex.inSection("org", phrase.toString()) || lex.inSection("venue", phrase.toString()))) {
        return true;
      }
    }
    return false;
  }
}
