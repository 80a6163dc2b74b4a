package eu.intercluster.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A country or region that acts (cooperates, is a party) is an ORG of kind government; otherwise it is a
 * PLACE. Acting cues: a hyphenated pair ("cooperazione Italia-Giappone"), "between X and Y" / "tra X e Y",
 * and "con X" / "with X" after a cooperation noun in the same sentence; a territory that signs, and one that acts
 * otherwise ({@link TerritoryActs}: funds, launches, calls, joins, is a fair's partner country).
 */
final class Territories {
  private static final Pattern COOPERATION = Pattern.compile("(?iu)\\b(collaborazion|cooperazion|cooperation"
      + "|co-operation|partnership|partenariat|alleanza|alliance|alianza|cooperaci|colaboraci|coopération|accord"
      + "|agreement|intesa|memorandum|dialog)");
  private static final Set<String> BETWEEN = Words.set("between", "tra", "fra", "entre");
  private static final Set<String> AND = Words.set("and", "e", "ed", "y", "et");
  private static final Set<String> ARTICLES = Words.set("la", "il", "l'", "lo", "the", "le", "el", "i", "gli");
  private static final Set<String> WITH = Words.set("con", "with", "avec", "con la", "con il", "con l'");

  private Territories() {}

  static void classify(Doc doc, List<Cand> accepted) {
    Set<String> acting = new HashSet<>();
    for (int i = 0; i < accepted.size(); i++) {
      Cand c = accepted.get(i);
      if (!isTerritory(c)) {
        continue;
      }
      if (i + 1 < accepted.size() && isTerritory(accepted.get(i + 1))
          && doc.slice(c.end, accepted.get(i + 1).start).equals("-")) {
        acting.add(c.placeId);
        acting.add(accepted.get(i + 1).placeId);
      }
      if (between(doc, accepted, i) || withAfterCooperation(doc, c) || signs(doc, c) || TerritoryActs.acts(doc, c)) {
        acting.add(c.placeId);
      }
    }
    for (Cand c : accepted) {
      if (isTerritory(c) && acting.contains(c.placeId)) {
        c.type = EntityType.ORG;
        c.kind = "government";
        c.canon = "gov:" + c.placeId;
      }
    }
  }

  private static final Pattern SIGN_VERB = Pattern.compile("(?iu)^(firm|sign|sottoscriv|sottoscritt|siglan|siglat"
      + "|subscrib|concluded|agree|accordan|s'engag|acuerdan)");

  /** "Lombardia e Baviera firmano ...", "le Québec et la Région ... ont signé": a territory in a signing subject. */
  private static boolean signs(Doc doc, Cand c) {
    int i = doc.tokenAt(c.end - 1) + 1;
    int limit = doc.sentence(doc.sentenceAt(c.start)).last();
    for (int k = i; k < Math.min(limit, i + 12); k++) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      if (SIGN_VERB.matcher(f).find()) {
        return true;
      }
      boolean allowed = t.isUpper() || AND.contains(f) || ARTICLES.contains(f) || Words.CONNECTORS.contains(f)
          || f.endsWith("'") || Words.set("hanno", "ha", "have", "has", "ont", "a", "han", "-", ",", "oggi", "today", "will", "would", "shall", "to",
          "are", "is", "sono", "van", "vont", "va", "vanno", "going", "jointly", "together", "insieme", "conjuntamente")
          .contains(f);
      if (!allowed) {
        return false;
      }
    }
    return false;
  }

  private static boolean isTerritory(Cand c) {
    return c.type == EntityType.PLACE && c.placeId != null && ("country".equals(c.kind) || "region".equals(c.kind));
  }

  /** "between X and Y": X right after the preposition, Y right after the conjunction. */
  private static boolean between(Doc doc, List<Cand> accepted, int i) {
    Cand c = accepted.get(i);
    int t = doc.tokenAt(c.start);
    int p = skipArticlesBack(doc, t - 1);
    if (p >= 0 && BETWEEN.contains(Words.f(doc.tokens.get(p)))) {
      return i + 1 < accepted.size() && isPartyAfterAnd(doc, accepted.get(i + 1), c);
    }
    if (p >= 0 && AND.contains(Words.f(doc.tokens.get(p))) && i > 0) {
      Cand prev = accepted.get(i - 1);
      int q = skipArticlesBack(doc, doc.tokenAt(prev.start) - 1);
      return prev.end <= doc.tokens.get(p).start() && q >= 0 && BETWEEN.contains(Words.f(doc.tokens.get(q)))
          && doc.tokenAt(prev.end - 1) + 1 == p;
    }
    return false;
  }

  private static boolean isPartyAfterAnd(Doc doc, Cand next, Cand c) {
    int t = skipArticlesBack(doc, doc.tokenAt(next.start) - 1);
    return t >= 0 && AND.contains(Words.f(doc.tokens.get(t))) && doc.tokenAt(c.end - 1) + 1 == t;
  }

  private static int skipArticlesBack(Doc doc, int t) {
    while (t >= 0 && ARTICLES.contains(Words.f(doc.tokens.get(t)))) {
      t--;
    }
    return t;
  }

  private static boolean withAfterCooperation(Doc doc, Cand c) {
    int t = skipArticlesBack(doc, doc.tokenAt(c.start) - 1);
    if (t < 0 || !WITH.contains(Words.f(doc.tokens.get(t)))) {
      return false;
    }
    Sentence s = doc.sentence(doc.sentenceAt(c.start));
    int from = Math.max(s.start(), doc.tokens.get(Math.max(s.first(), t - 8)).start());
    return COOPERATION.matcher(doc.slice(from, c.start)).find();
  }
}
