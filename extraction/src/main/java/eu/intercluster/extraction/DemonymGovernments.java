package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A government named by its noun and a lower-case demonym after it, which the capitalised-chunk reader cannot see:
 * "le Gouvernement wallon", "la Région wallonne", "il governo giordano" (ORG government in the annotated texts, 12 of
 * 12). The Romance regional nouns only when capitalised: "una regione italiana", "la provincia cinese" locate. Generic
 * levels ("governo regionale", "Gouvernement fédéral") are no demonym. Also "Région Sud", the name the region
 * Provence-Alpes-Côte d'Azur governs under, one entity with "Région Provence-Alpes-Côte d'Azur".
 */
final class DemonymGovernments {
  private static final Pattern NOUN_ADJECTIVE = Pattern.compile("\\b(Gouvernement|gouvernement|Governo|governo"
      + "|Gobierno|gobierno|Govern|Région|Regione|Región)\\s(\\p{Ll}{3,})\\b");
  /** Demonym endings in French, Italian and Spanish: "wallon(ne)", "flamand(e)", "giordano", "vasco", "catalane". */
  private static final Pattern DEMONYM = Pattern.compile("\\p{Ll}+(?:on|onne|and|ande|ois|oise|ais|aise|ien|ienne"
      + "|ese|esi|ano|ana|ani|ane|ino|ina|ego|ega|ol|ola|asco|asca|aco|aca|és|esa)");
  /** Generic levels and the short words that end like a demonym: "governo regionale", "Regione con". */
  private static final Set<String> NOT_DEMONYMS = Words.folded("regionale", "regional", "nazionale", "national",
      "nacional", "federale", "federal", "cantonale", "cantonal", "provinciale", "provincial", "centrale", "central",
      "locale", "local", "comunale", "municipal", "con", "son", "non", "bon", "selon", "sano", "piano", "mano");
  private static final Set<String> REGION_NOUNS = Words.folded("région", "regione", "región");
  private static final Pattern REGION_SUD = Pattern.compile("\\bRégion\\sSud\\b");

  private DemonymGovernments() {}

  static void recognise(Doc doc) {
    for (MatchResult m : WordStartMatches.of(doc, NOUN_ADJECTIVE)) {
      String noun = m.group(1);
      String adjective = m.group(2);
      boolean capitalised = Character.isUpperCase(noun.charAt(0));
      if (REGION_NOUNS.contains(Norm.fold(noun)) && !capitalised || !DEMONYM.matcher(adjective).matches()
          || NOT_DEMONYMS.contains(Norm.fold(adjective))) {
        continue;
      }
      add(doc, m.start(), m.end(), "T:" + Norm.fold(m.group()));
    }
    for (MatchResult sud : WordStartMatches.of(doc, REGION_SUD)) {
      add(doc, sud.start(), sud.end(), "gov:provence");
    }
  }

  private static void add(Doc doc, int start, int end, String canon) {
    if (doc.sentenceAt(start) == doc.sentenceAt(end - 1)) {
      doc.add(start, end, EntityType.ORG, "government", Cand.PATTERN, canon);
    }
  }
}
