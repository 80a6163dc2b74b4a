package eu.intercluster.extraction;

/**
 * Where a capitalised chunk stops before "di / de / of" and a town instead of taking the town into its name: after a
 * company's legal form or an acronym ({@link CompanyNames}), after an English or German head word
 * ({@link ForeignHeadTowns}), after a body's own name ({@link NamedBodyTowns}).
 */
final class ChunkTownStops {
  private ChunkTownStops() {}

  /** Whether the chunk [from, end) stops before its connector at end and the word at after. */
  static boolean stops(Doc doc, Lexicon lex, int from, int end, int after) {
    return CompanyNames.endsComplete(doc.slice(doc.tokens.get(from).start(), doc.tokens.get(end - 1).end()))
        && (doc.placeFrom(doc.tokens.get(after).start()) || CompanyNames.townAfterLegalForm(doc, from, end, after))
        || ForeignHeadTowns.townAfter(doc, end, after) || NamedBodyTowns.townAfter(doc, lex, from, end, after);
  }
}
