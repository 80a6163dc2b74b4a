package eu.intercluster.extraction;

import java.util.Set;

/**
 * A Romance body's name that goes on in lower case after its head word before the name of its place or owner:
 * "Université libre de Bruxelles", "Parc naturel régional de Corse", "Autorità portuale di Patrasso", "Agence de
 * développement économique de l'Aube", "Consorzio di bonifica della Maremma". The lower-case words are adjectives
 * (told by their endings) or a "de / di" complement, at most four tokens, and a connector and a capitalised word that
 * starts no other body must follow them ("Agence de développement économique de la Région X" is two bodies); the chunk
 * then runs on over that connector as it does after a capitalised word.
 */
final class HeadAdjectiveNames {
  /** Head words of bodies that the cue lexicon does not list alone. */
  private static final Set<String> HEADS = Words.folded("chambre", "camera", "cámara", "parc", "parco", "parque",
      "technopole", "délégation", "delegación", "delegazione", "consulat", "port", "porto", "puerto", "collectivité",
      "station", "casa", "rappresentanza", "représentation", "representación", "service", "servizio", "servicio",
      "hôpital", "ospedale", "policlinico", "lycée", "coopérative", "cooperativa", "polo");
  private static final Set<String> COMPLEMENT = Words.folded("de", "di", "d'", "du", "des", "del", "della", "delle",
      "dello", "degli", "dei");
  /** Folded already (plain ASCII), as the word they are tested against. */
  private static final String[] ADJECTIVE_ENDINGS = {"ale", "ali", "ica", "ico", "ici", "iche", "ario", "aria", "ari",
      "arie", "ano", "ana", "ani", "ane", "ese", "esi", "ivo", "iva", "ivi", "ive", "if", "el", "elle", "aire", "ique",
      "al", "ien", "ienne", "ois", "oise", "ier", "iere", "ente", "enti", "ante", "anti", "ense", "ena", "eno", "ido",
      "ida", "ado", "ada"};
  /** Adjectives of body names without those endings. */
  private static final Set<String> ADJECTIVES = Words.folded("libre", "autonome", "maritime", "public", "publique");
  private static final int MAX_WORDS = 4;

  private HeadAdjectiveNames() {}

  /**
   * Where the lower-case words after the one-word head [from, j) end (the connector that follows them), or -1 when
   * the chunk does not go on.
   */
  static int end(Doc doc, int from, int j, int limit) {
    if (j != from + 1 || "en".equals(doc.lang) || !head(doc.tokens.get(from))) {
      return -1;
    }
    int k = j;
    boolean complement = false;
    while (k < limit && k - j < MAX_WORDS) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      if (!t.isWord() || !Character.isLowerCase(t.text().codePointAt(0))) {
        break;
      }
      boolean connector = COMPLEMENT.contains(f);
      if (!connector && !adjective(f) && !complement || Words.FUNCTION.contains(f) && !connector) {
        return -1;
      }
      if (connector && k > j && next(doc, k, limit)) {
        return k;
      }
      complement |= connector;
      k++;
    }
    return -1;
  }

  private static boolean head(Token t) {
    String kind = Lexicon.INSTANCE.cue("org", t.text());
    return t.isUpper() && (kind != null && !kind.equals("company") || HEADS.contains(Words.f(t)));
  }

  /** A connector, an optional article, then a capitalised word that no known name covers. */
  private static boolean next(Doc doc, int k, int limit) {
    int after = k + 1;
    if (after < limit && Words.ARTICLES.contains(Words.f(doc.tokens.get(after)))) {
      after++;
    }
    if (after >= limit) {
      return false;
    }
    Token t = doc.tokens.get(after);
    return t.isWord() && t.isUpper() && !doc.coveredBy(t.start(), t.end(), Cand.KNOWN) && !BodyStarts.at(doc, after)
        && !head(t);
  }

  private static boolean adjective(String folded) {
    if (ADJECTIVES.contains(folded)) {
      return true;
    }
    for (String e : ADJECTIVE_ENDINGS) {
      if (folded.endsWith(e) && folded.length() > e.length() + 2) {
        return true;
      }
    }
    return false;
  }
}
