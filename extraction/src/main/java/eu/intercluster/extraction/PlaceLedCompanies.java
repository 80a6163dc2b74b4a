package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "La cooperativa Olivares del Turia S. Coop.": a company name with a legal form that starts with a town's name
 * and a connector. The chunker never starts a name at a known place, so the town is left a PLACE and the company
 * is cut to "Turia S. Coop."; after a word for a firm, or at the start of a sentence, the town joins the name.
 */
final class PlaceLedCompanies {
  private static final Set<String> CONNECTORS = Words.folded("del", "de", "di", "du", "des", "dels", "do", "da");
  private static final Set<String> FIRM_NOUNS = Words.folded("cooperativa", "cooperative", "coopérative", "empresa",
      "azienda", "impresa", "società", "société", "entreprise", "company", "firm", "bodega", "cantina", "compañía",
      "gruppo", "grupo", "groupe", "group", "startup", "start-up", "pyme", "pme");

  /** A cooperative's dotted legal form, which {@link CompanyNames#endsWithLegalForm} does not list. */
  private static final Pattern COOPERATIVE_FORM = Pattern.compile("(?u)\\s(?:S\\. ?Coop\\.|Soc\\. (?:Agr\\. )?Coop\\.)"
      + "(?:\\s?\\p{L}+\\.?)?$");

  private PlaceLedCompanies() {}

  static void join(Doc doc) {
    for (Cand c : new ArrayList<>(doc.cands)) {
      if (c.type != EntityType.ORG || c.generic || c.reference
          || !endsWithLegalForm(doc.slice(c.start, c.end))) {
        continue;
      }
      int first = doc.tokenAt(c.start);
      if (first < 2 || doc.tokens.get(first).start() != c.start
          || !CONNECTORS.contains(Words.f(doc.tokens.get(first - 1)))) {
        continue;
      }
      Token town = doc.tokens.get(first - 2);
      Cand place = placeAt(doc, town);
      if (place != null && ledByFirmNounOrSentenceStart(doc, first - 2)) {
        CompanyNames.replaceWithSpan(doc, c, town.start(), c.end);
        doc.cands.remove(place);
      }
    }
  }

  private static boolean endsWithLegalForm(String name) {
    return CompanyNames.endsWithLegalForm(name) || COOPERATIVE_FORM.matcher(name).find();
  }

  private static Cand placeAt(Doc doc, Token t) {
    for (Cand p : doc.cands) {
      if (p.type == EntityType.PLACE && p.start == t.start() && p.end == t.end()) {
        return p;
      }
    }
    return null;
  }

  private static boolean ledByFirmNounOrSentenceStart(Doc doc, int town) {
    int sentenceStart = doc.sentence(doc.sentenceAt(doc.tokens.get(town).start())).start();
    return town == 0 || doc.tokens.get(town).start() == sentenceStart
        || FIRM_NOUNS.contains(Words.f(doc.tokens.get(town - 1)));
  }
}
