package eu.intercluster.extraction;

import java.util.List;
import java.util.Map;

/**
 * A person's surname alone names the person ("Rossi"); with three or more words also the first of two surnames
 * ("Garrido" of "Lucía Garrido Benavente") and the two last words together ("Marques Ferreira" of "Isabel Marques
 * Ferreira"), and a capitalised particle with the surname ("Dal Prà", "De Luca"). Not a given name, a particle or a
 * country or region the text names.
 */
final class SurnameAliases {
  private static final java.util.Set<String> PARTICLES = Words.set("de", "di", "da", "dal", "dalla", "del", "della",
      "dei", "degli", "lo", "li", "la", "le", "van", "von", "der", "den", "ten", "ter", "du", "dos", "das");
  private final Doc doc;

  SurnameAliases(Doc doc) {
    this.doc = doc;
  }

  /** Adds each person's surname forms to the aliases, a form already taken keeping its first person. */
  void collect(Map<String, Cand> aliases) {
    for (Cand c : List.copyOf(doc.cands)) {
      if (c.type == EntityType.PERSON) {
        int first = doc.tokenAt(c.start);
        int lastIndex = doc.tokenAt(c.end - 1);
        Token last = doc.tokens.get(lastIndex);
        if (surname(last)) {
          aliases.putIfAbsent(last.text(), c);
        }
        if (lastIndex - first >= 2) {
          Token before = doc.tokens.get(lastIndex - 1);
          if (before.isUpper() && !particle(before) && surname(before) && surname(last)) {
            aliases.putIfAbsent(before.text(), c);
            twoSurnames(c, doc.slice(before.start(), last.end()));
          }
        }
      }
    }
  }

  /**
   * A surname with its particle, "Dal Prà" of "Luca Dal Prà", "De Luca" of "Maria De Luca": the two words together
   * name the person (also when the surname is a given name), keyed by the two words as written.
   */
  Map<String, Cand> particled() {
    Map<String, Cand> out = new java.util.HashMap<>();
    for (Cand c : doc.cands) {
      int last = c.type == EntityType.PERSON ? doc.tokenAt(c.end - 1) : -1;
      if (last >= 0 && last - doc.tokenAt(c.start) >= 2) {
        Token p = doc.tokens.get(last - 1);
        Token name = doc.tokens.get(last);
        if (p.isUpper() && PARTICLES.contains(Words.f(p)) && name.isWord() && name.isUpper()) {
          out.putIfAbsent(p.text() + " " + name.text(), c);
        }
      }
    }
    return out;
  }

  /**
   * "il Lanificio Sarti" beside "Marco Sarti": a surname right after another capitalised word inside a sentence is
   * the tail of a longer name, not the person, unless that word is a given name, a title or role ("Presidente
   * Sarti"), an acronym or a particle.
   */
  static boolean tailOfAName(Doc doc, int i) {
    if (i == 0) {
      return false;
    }
    Token prev = doc.tokens.get(i - 1);
    int s = doc.sentenceAt(prev.start());
    if (!prev.isWord() || !prev.isUpper() || prev.end() + 1 != doc.tokens.get(i).start() || s < 0
        || doc.sentence(s).first() == i - 1) {
      return false;
    }
    Lexicon lex = Lexicon.INSTANCE;
    return !lex.isGivenName(prev.text()) && !lex.inSection("role", prev.text()) && !lex.inSection("title", prev.text())
        && !Norm.isAcronymLike(prev.text()) && !particle(prev) && !PARTICLES.contains(Words.f(prev));
  }

  private static boolean particle(Token t) {
    String f = Words.f(t);
    return Words.NAME_PARTICLES.contains(f) || Words.CONNECTORS.contains(f) || Words.FUNCTION.contains(f)
        || Words.ARTICLES.contains(f);
  }

  private boolean surname(Token t) {
    return t.text().length() >= 3 && t.isWord() && !Lexicon.INSTANCE.isGivenName(t.text()) && !placeName(t.text());
  }

  /** Another person candidate written as the two surnames is this person. */
  private void twoSurnames(Cand person, String surnames) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PERSON && c != person && doc.slice(c.start, c.end).equals(surnames)) {
        c.canon = person.canon;
      }
    }
  }

  /**
   * "Lithuania" in a text that also names the country: a country or region, not a person's surname (towns are not
   * excluded: many surnames are also town names, "Tamm", "Santana").
   */
  private boolean placeName(String word) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && ("country".equals(c.kind) || "region".equals(c.kind))
          && c.length() == word.length() && doc.slice(c.start, c.end).equals(word)) {
        return true;
      }
    }
    return false;
  }
}
