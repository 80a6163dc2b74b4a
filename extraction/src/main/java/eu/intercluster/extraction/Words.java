package eu.intercluster.extraction;

import java.util.Set;

/** Small closed word classes used by several recognisers. */
final class Words {
  /** Lower-case words that may join the parts of a name: "Ayuntamiento de Bilbao", "Chamber of Commerce". */
  static final Set<String> CONNECTORS = set("di", "del", "della", "dell'", "dei", "degli", "delle", "de", "du",
      "des", "d'", "of", "for", "y", "da", "van", "von", "der", "den", "do", "dos", "das", "&", "für");
  /** Articles that may follow a connector inside a name: "Comunitat de la ...", "Palais des ...". */
  /** Conjunctions that join the last item of a list: "Hacienda y Empleo", "Trade and Industry". */
  static final Set<String> CONJUNCTIONS = set("and", "e", "ed", "y", "et", "&");
  static final Set<String> ARTICLES = set("la", "le", "l'", "las", "los", "el", "the", "lo", "gli", "i");
  /** Particles inside person names: "Marco de Santis". */
  static final Set<String> NAME_PARTICLES = set("de", "di", "da", "van", "von", "del", "della", "la", "le", "du",
      "dos", "y", "der", "den", "ter", "bin", "al");
  /** Capitalised words that start sentences but are not names. */
  static final Set<String> FUNCTION = set("il", "lo", "la", "le", "gli", "i", "un", "uno", "una", "l'", "the", "a",
      "an", "el", "los", "las", "les", "une", "des", "durante", "during", "tra", "fra", "dopo", "after", "oggi",
      "today", "ieri", "inoltre", "infine", "questo", "questa", "queste", "questi", "this", "these", "con", "per",
      "in", "on", "at", "da", "dal", "dalla", "dai", "nel", "nella", "su", "sul", "anche", "also", "ma", "but", "e",
      "and", "secondo", "according", "grazie", "thanks", "altre", "altri", "attraverso", "al", "alla", "come", "as",
      "mentre", "while", "se", "ecco", "conclude", "commenta", "sottolinea", "aggiunge", "spiega", "afferma", "ha",
      "hanno", "e'", "sono", "si", "ci", "non", "tutti", "ogni", "each", "every", "our", "nostro", "nostra", "their",
      "its", "en", "dans", "pour", "avec", "sur", "par", "de", "del", "para", "por", "entre", "desde", "hasta",
      "segun", "tambien", "hoy", "ayer", "aujourd'hui", "within", "among", "present", "presenti", "tra", "un'",
      "dell'", "all'", "nell'", "dall'", "sull'", "d'", "ospitati", "hosted", "thanks", "within", "ringraziamento",
      "mr", "mrs", "ms", "dear", "from", "to", "with", "by", "for", "of", "into", "il", "cosi", "so", "then", "poi");
  /** Coordinations and relative words that end a phrase. */
  static final Set<String> PHRASE_STOP = set("e", "ed", "and", "y", "et", "che", "che,", "that", "which", "who",
      "quella", "quello", "qui", "que", "dont", "cui", "dove", "where", "o", "or", "ou", "ma", "but", "con", "with");

  /** Participles that give a name right after them: "denominato X", "called X", "baptisé X" (folded). */
  static final Set<String> NAMING = folded("denominato", "denominata", "chiamato", "chiamata", "called", "named",
      "baptisé", "baptisée", "denominado", "denominada", "llamado", "llamada");

  private Words() {}

  /** Like Set.of but tolerates repeated elements (word lists are easier to keep that way). */
  @SafeVarargs
  static <T> Set<T> set(T... xs) {
    return Set.copyOf(java.util.Arrays.asList(xs));
  }

  /** A set of words folded as tokens are ({@link Norm#fold}: lower case, no accents), for lookups by {@link #f}. */
  static Set<String> folded(String... words) {
    return java.util.Arrays.stream(words).map(Norm::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The words of both sets. */
  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  static String f(Token t) {
    return t.folded();
  }
}
