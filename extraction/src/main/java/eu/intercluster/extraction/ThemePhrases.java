package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extends a theme term to the noun phrase it heads, as annotators mark it: trailing adjectives ("turismo
 * culturale sostenibile", "envases compostables") and an "of" complement of lower-case words ("decarbonisation
 * of the building sector", "digitalización del ciclo integral del agua"). Stops at punctuation, coordination,
 * capitalised words and verbs-like function words; at most {@value #MAX_WORDS} words are added.
 */
final class ThemePhrases {
  private static final int MAX_WORDS = 5;
  private static final Pattern ADJECTIVE = Pattern.compile(
      "\\p{Ll}{3,}(ale|ali|are|ari|ico|ica|ici|iche|ivo|iva|ile|ili|bile|bili|ente|enti|oso|osa|osi|ose"
          + "|al|ales|ic|ical|ive|able|ables|ible|ibles|ous|ary|el|elle|els|elles|aire|aires|ique|iques|if|ifs|ives|aux)");
  /** Romance adjectives and participles the first pattern misses: "biotecnología agrícola", "envases reciclados",
   * "robotica collaborativa", "turismo montano", "énergie décarbonée" (not applied to English, where they are nouns). */
  private static final Pattern ROMANCE_ADJECTIVE = Pattern.compile(
      "\\p{Ll}{3,}(icos|icas|ivos|ivas|iles|bles|osos|osas|ario|aria|arie|arios|arias|ados|adas|ado|ada|ato|ata|ati"
          + "|ate|ito|ita|iti|idos|idas|ido|ida|ino|ina|ini|ine|inos|inas|ano|ana|ani|ane|anos|anas|ola|olo|olas|oli|ole"
          + "|é|ée|és|ées)");
  /** English head nouns after a theme term: "hydrogen production", "quantum technologies", "food sector". */
  private static final Set<String> ENGLISH_HEADS = Words.folded("sector", "industry", "industries",
      "technologies", "technology", "systems", "solutions", "applications", "models", "production", "materials",
      "services", "infrastructure", "infrastructures", "storage", "measures", "plants", "plant",
      "skills", "training", "courses", "testing", "manufacturing", "devices", "components", "data",
      "management", "monitoring", "mapping", "engineering", "innovation", "communities");
  /** Common Romance adjectives no suffix gives away: "idrogeno verde", "economia blu", "matériaux durables". */
  private static final Set<String> ROMANCE_LISTED = Words.folded("verde", "verdi", "blu", "durable", "durables",
      "sostenible", "sostenibles", "subacquea", "subacqueo", "subacquee", "subacquei", "intelligente", "intelligenti",
      "inteligente", "inteligentes", "propre", "propres", "limpia", "limpias", "pulita", "pulite", "fresca", "fresco",
      "fresche", "freschi", "maritime", "maritimes", "marittimo", "marittima", "marittimi", "marittime", "marítimo",
      "marítima", "marítimos", "marítimas", "marino", "marina", "marini", "marine", "marinos", "marinas", "marins",
      "marines", "costiero", "costiera", "costieri", "costiere", "costero", "costera", "costeros", "costeras", "côtier",
      "côtière", "côtiers", "côtières", "duale", "duali", "dual", "duales", "circular", "circulares", "intelligent",
      "intelligents", "profond", "profonde", "profonds", "profondes", "profondo", "profonda", "profundo", "profunda",
      "alpin", "alpine", "alpins", "alpines", "alpino", "alpina", "alpini");
  /**
   * Participles of what is done to a theme, not what kind it is: "telemedicina realizzata", "competenze digitali
   * finanziate", "enoturismo organizado", "robotique installée"; the phrase ends before them (folded, without
   * accents).
   */
  private static final Pattern VERBAL_PARTICIPLE = Pattern.compile("(?:co)?(?:realizzat|utilizzat|finanziat|selezionat"
      + "|ospitat|organizzat|installat|presentat|promoss|previst|avviat|lanciat|sostenut|approvat|ammess|destinat"
      + "|gestit|dedicat|inclus|svolt|firmat|sottoscritt|financiad|organizad|realizad|utilizad|seleccionad|dedicad"
      + "|incluid|firmad|presentad|impulsad|apoyad|celebrad|destinad|finance|organise|realise|utilise|selectionne"
      + "|installe|dedie|legat|alimentat|basat|basad|gestionad|base|fonde|cree|lance)(?:o|a|i|e|os|as|s|es)?");
  /** Prepositions after which an English past participle is a verb: "concrete based on", "furniture designed for". */
  private static final Set<String> ENGLISH_PREPOSITIONS = Words.folded("on", "in", "for", "by", "to", "at", "with",
      "from", "into", "around");

  /**
   * Whether a topic or cue phrase ends before token i: a participle of what is done to the theme (see {@link
   * #VERBAL_PARTICIPLE}), or in English a past participle before a preposition ("low-carbon concrete based in").
   */
  static boolean verbalEnd(Doc doc, int i, int limit) {
    if (!"en".equals(doc.lang)) {
      return verbal(doc, i, limit);
    }
    String f = Words.f(doc.tokens.get(i));
    return f.length() >= 5 && f.endsWith("ed") && i + 1 < limit
        && ENGLISH_PREPOSITIONS.contains(Words.f(doc.tokens.get(i + 1)));
  }

  /** "applicata alla logistica": a participle of application before a preposition is a verb, not a kind. */
  private static final Pattern APPLIED = Pattern.compile("(?:applicat|aplicad|applique)(?:o|a|i|e|os|as|s|es)?");
  private static final Set<String> APPLIED_TO = Words.folded("a", "al", "alla", "allo", "ai", "agli", "alle", "all'",
      "à", "au", "aux", "en", "nel", "nella", "nei", "nelle", "in", "para", "per", "pour");
  private static final Set<String> OF = Words.folded("di", "del", "della", "dello", "dei", "degli", "delle", "dell'",
      "de", "du", "des", "d'", "of", "de la", "de l'");
  private static final Set<String> NOT_IN_PHRASE = Words.folded("e", "ed", "and", "et", "y", "o", "or", "ou", "che",
      "that", "which", "qui", "que", "per", "for", "pour", "para", "con", "with", "avec", "in", "en", "nel", "nella",
      "dans", "nelle", "nei", "negli", "nello", "sul", "sulla", "sui", "sulle", "on", "at", "sur", "dal", "dalla",
      "from", "a", "al", "alla", "au", "to", "sono", "è", "are", "is", "was", "sont", "est", "son", "es", "ha", "has",
      "have", "hanno", "will", "sarà", "also", "anche", "aussi", "también", "come", "as", "comme", "como", "tra",
      "between", "entre", "tutti", "all", "both", "entrambi", "well", "soprattutto", "particolare", "presso",
      "attraverso", "through", "oltre", "beyond", "including", "inclusi", "compresi", "come", "such", "like", "più",
      "more", "plus", "más", "meno", "less", "una", "uno", "un", "the", "le", "la", "il", "lo", "i", "gli", "les",
      "el", "los", "las", "this", "these", "questo", "questa");
  private static final Set<String> ARTICLES = Words.folded("the", "il", "lo", "la", "i", "gli", "le", "l'", "les", "el",
      "los", "las");

  private ThemePhrases() {}

  /** End offset of the phrase headed by the theme term ending with token lastToken, not beyond the offset limit. */
  static int extend(Doc doc, int lastToken, int limit) {
    int sentenceEnd = Math.min(doc.sentence(doc.sentenceAt(doc.tokens.get(lastToken).start())).last(),
        doc.tokenFrom(limit));
    int end = lastToken;
    int clean = lastToken;
    int added = 0;
    int i = lastToken + 1;
    while (i < sentenceEnd && added < MAX_WORDS) {
      Token t = doc.tokens.get(i);
      String f = Words.f(t);
      String gap = doc.slice(doc.tokens.get(i - 1).end(), t.start());
      if (!t.isWord() || t.isUpper() || !gap.isEmpty() && !gap.equals(" ")) {
        break;
      }
      if (verbal(doc, i, sentenceEnd)) {
        break;
      }
      if (adjective(doc, t) && !NOT_IN_PHRASE.contains(f)) {
        end = i;
      } else {
        int noun = ofComplement(doc, i, sentenceEnd);
        if (noun < 0) {
          break;
        }
        end = noun;
      }
      added += end - i + 1;
      i = end + 1;
      if (endsPhrase(doc, i, sentenceEnd)) {
        clean = end;
      }
    }
    return doc.tokens.get(clean).end();
  }

  /** A participle of what is done to the theme ends it: "realizzata", "applicata alla". */
  private static boolean verbal(Doc doc, int i, int limit) {
    if ("en".equals(doc.lang)) {
      return false;
    }
    String f = Words.f(doc.tokens.get(i));
    if (VERBAL_PARTICIPLE.matcher(f).matches()) {
      return true;
    }
    return APPLIED.matcher(f).matches() && i + 1 < limit && APPLIED_TO.contains(Words.f(doc.tokens.get(i + 1)));
  }

  /** Suffixes are read on the folded word, and on the written word too: "décarbonée" folds to "decarbonee". */
  static boolean adjective(Doc doc, Token t) {
    String f = Words.f(t);
    if ("en".equals(doc.lang)) {
      return ADJECTIVE.matcher(f).matches() || ENGLISH_HEADS.contains(f);
    }
    return ADJECTIVE.matcher(f).matches() || ROMANCE_ADJECTIVE.matcher(f).matches() || ROMANCE_LISTED.contains(f)
        || ROMANCE_ADJECTIVE.matcher(t.text().toLowerCase(java.util.Locale.ROOT)).matches();
  }

  /** Whether the phrase may end before token i: punctuation, a function word, a capitalised word or the end. */
  private static boolean endsPhrase(Doc doc, int i, int limit) {
    if (i >= limit) {
      return true;
    }
    Token t = doc.tokens.get(i);
    String f = Words.f(t);
    return !t.isWord() || t.isUpper() || NOT_IN_PHRASE.contains(f) || OF.contains(f);
  }

  /** "of (the) noun": index of the noun token, or -1. */
  private static int ofComplement(Doc doc, int i, int limit) {
    String f = Words.f(doc.tokens.get(i));
    if (!OF.contains(f)) {
      return -1;
    }
    int k = i + 1;
    if (k < limit && ARTICLES.contains(Words.f(doc.tokens.get(k)))) {
      k++;
    }
    if (k >= limit) {
      return -1;
    }
    Token n = doc.tokens.get(k);
    String nf = Words.f(n);
    boolean noun = n.isWord() && !n.isUpper() && nf.length() >= 4 && !NOT_IN_PHRASE.contains(nf)
        && !nf.chars().anyMatch(Character::isDigit);
    return noun ? k : -1;
  }
}
