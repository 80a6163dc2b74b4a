package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Poznań Supercomputing and Networking Center", "Furniture and Timber Construction Cluster", "Investment and
 * Development Agency of Latvia": two capitalised chunks joined by "and" form one organisation name when only the
 * second ends in an organisation head word or has one as its second or third word (not
 * after an acronym or a company's legal form, nor when the second starts with a place: "CNR and Bologna University",
 * "Nordvik AB and Kelda Foods Ltd" stay two; nor when the first names a body of its own or the second is a company
 * with its legal form: "Regione Emilia-Romagna and Acme Robotics Srl", "Comune di Parma e Rossi Spa").
 */
final class CoordinatedNames {
  private static final Set<String> AND = Words.set("and", "e", "et", "y", "und", "&");
  private static final int MAX_FIRST_WORDS = 3;
  private static final Set<String> BANKS = Words.set("bank", "banca", "banco", "banque");

  private CoordinatedNames() {}

  static void join(Doc doc) {
    Lexicon lex = Lexicon.INSTANCE;
    List<Cand> orgs = new ArrayList<>();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.ORG && !c.generic && !c.reference) {
        orgs.add(c);
      }
    }
    for (Cand first : orgs) {
      int and = doc.tokenFrom(first.end);
      if (and + 1 >= doc.tokens.size() || !AND.contains(Words.f(doc.tokens.get(and)))
          || !doc.slice(first.end, doc.tokens.get(and + 1).start()).matches(" \\S+ ")) {
        continue;
      }
      int firstStart = doc.tokenAt(first.start);
      boolean shortFirst = and - firstStart <= MAX_FIRST_WORDS;
      Token secondFirst = doc.tokens.get(and + 1);
      boolean acronym = CompanyNames.endsComplete(doc.slice(first.start, first.end));
      boolean placeFirst = doc.placeFrom(secondFirst.start());
      if (!shortFirst || acronym || placeFirst || first.canon.startsWith("gov:") || hasHead(doc, firstStart, and)) {
        continue;
      }
      for (Cand second : orgs) {
        int last = doc.tokenAt(second.end - 1);
        if (second.start == doc.tokens.get(and + 1).start() && last >= 0
            && (lex.inSection("org", doc.tokens.get(last).text()) || headAfterFirstWord(doc, and + 1, last))
            && !companyOfItsOwn(doc, second, and - firstStart, last - and)) {
          doc.add(first.start, second.end, EntityType.ORG, second.kind, Cand.PATTERN + 1,
              "T:" + Norm.fold(doc.slice(first.start, second.end)));
          break;
        }
      }
    }
  }

  /** A word of the first chunk is an organisation head: "University of Bologna", "Comune di Parma" name a body. */
  private static boolean hasHead(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.INSTANCE.inSection("org", doc.tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Cineca and Acme Robotics Srl": a second name ending in a company's legal form is a company of its own, unless both
   * sides are one word ("Rossi e Bianchi Srl").
   */
  private static boolean companyOfItsOwn(Doc doc, Cand second, int firstWords, int secondWords) {
    return CompanyNames.endsWithLegalForm(doc.slice(second.start, second.end)) && (firstWords > 1 || secondWords > 2);
  }

  /** "Development Agency of Latvia", "Training Board of Donegal": an organisation head word after a first word
   * that is none ("University of Latvia" starts with its head: a name of its own); a company word ("Energy",
   * "Systems") is no such head, except a bank ("Investment and Development Bank of Lower Saxony"). */
  private static boolean headAfterFirstWord(Doc doc, int first, int last) {
    Lexicon lex = Lexicon.INSTANCE;
    if (lex.inSection("org", doc.tokens.get(first).text())) {
      return false;
    }
    for (int k = first + 1; k <= last && k <= first + 2; k++) {
      String kind = lex.cue("org", doc.tokens.get(k).text());
      if (kind != null && (!kind.equals("company") || BANKS.contains(Words.f(doc.tokens.get(k))))) {
        return true;
      }
    }
    return false;
  }
}
