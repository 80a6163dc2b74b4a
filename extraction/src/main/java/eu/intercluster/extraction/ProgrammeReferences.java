package eu.intercluster.extraction;

/**
 * "il bando", "the project", "la piattaforma": a definite programme noun not followed by a name refers to the
 * one programme of that kind in the document (resolved, or dropped, by {@link Resolver}).
 */
final class ProgrammeReferences {
  private ProgrammeReferences() {}

  /** Also the quoted programme names ({@link QuotedProgrammeNames}), before the references that may name them. */
  static void recognise(Doc doc) {
    QuotedProgrammeNames.recognise(doc);
    Lexicon lex = Lexicon.INSTANCE;
    for (int i = 1; i < doc.tokens.size(); i++) {
      Token t = doc.tokens.get(i);
      String kind = t.isUpper() ? null : lex.cue("programmenoun", t.text());
      if (kind == null) {
        continue;
      }
      String prev = Words.f(doc.tokens.get(i - 1));
      boolean definite = Words.ARTICLES.contains(prev) || prev.endsWith("'") || Words.set("this", "questo", "questa",
          "nuovo", "new", "ce", "cet", "este", "esta").contains(prev);
      boolean named = i + 1 < doc.tokens.size() && doc.tokens.get(i + 1).isUpper();
      if (definite && !named) {
        Cand c = doc.add(t.start(), t.end(), EntityType.PROGRAMME, kind, Cand.GENERIC, "progref:" + kind);
        c.generic = true;
        c.reference = true;
      }
    }
  }
}
