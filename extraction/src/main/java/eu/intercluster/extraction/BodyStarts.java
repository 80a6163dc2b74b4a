package eu.intercluster.extraction;

/** Where a new body's name starts inside a run of capitalised words: it ends the name before it. */
final class BodyStarts {
  private BodyStarts() {}

  /** Whether a new body's name starts at token k: an organisation head word other than a company word ("e
   * Politecnico di Milano", "y la Cámara de Comercio", not "and Technology"), or a company named with its legal
   * form ("and Acme Robotics Srl"). */
  static boolean at(Doc doc, int k) {
    if (companyFrom(doc, k) || universityNamedFirst(doc, k)) {
      return true;
    }
    String kind = Lexicon.INSTANCE.cue("org", doc.tokens.get(k).text());
    StringBuilder phrase = new StringBuilder(Norm.fold(doc.tokens.get(k).text()));
    for (int i = k + 1; kind == null && i < Math.min(doc.tokens.size(), k + 4); i++) {
      String w = Norm.fold(doc.tokens.get(i).text());
      phrase.append(phrase.charAt(phrase.length() - 1) == '\'' ? "" : " ").append(w);
      kind = Lexicon.INSTANCE.cue("org", phrase.toString());
    }
    return kind != null && !kind.equals("company");
  }

  /** An organisation head word other than a company word: "Instituto", "Federazione", not "Energy". */
  static boolean headWord(String word) {
    String kind = Lexicon.INSTANCE.cue("org", word);
    return kind != null && !kind.equals("company");
  }

  /**
   * One or two capitalised words from token k and a university word that ends the run: "and Hokkaido University",
   * "e Aalto University" (so "University of Oulu and Hokkaido University" are two bodies).
   */
  private static boolean universityNamedFirst(Doc doc, int k) {
    for (int i = k + 1; i < Math.min(doc.tokens.size(), k + 3); i++) {
      Token t = doc.tokens.get(i);
      if (!t.isWord() || !t.isUpper()) {
        return false;
      }
      boolean last = i + 1 >= doc.tokens.size() || !doc.tokens.get(i + 1).isWord() || !doc.tokens.get(i + 1).isUpper();
      if ("university".equals(Lexicon.INSTANCE.cue("org", t.text()))) {
        return last;
      }
    }
    return false;
  }

  /** Up to four capitalised words from token k, then a company's legal form: "Acme Robotics Srl", "Rossi S.p.A.". */
  private static boolean companyFrom(Doc doc, int k) {
    for (int i = k + 1; i < Math.min(doc.tokens.size(), k + 5); i++) {
      Token t = doc.tokens.get(i);
      if (!doc.text.substring(doc.tokens.get(i - 1).end(), t.start()).matches(" ?")) {
        return false;
      }
      if (CompanyNames.endsWithLegalForm(doc.slice(doc.tokens.get(k).start(), t.end()))) {
        return true;
      }
      if (!t.isUpper()) {
        return false;
      }
    }
    return false;
  }
}
