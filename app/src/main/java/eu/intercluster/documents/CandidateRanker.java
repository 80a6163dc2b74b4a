package eu.intercluster.documents;

import eu.intercluster.ecosystem.KnownRecord;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.SearchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks map records as link candidates for a proposed entity: the record the extractor recognised
 * first, then exact normalised name or alias matches (1.0), acronym matches (0.9), then the best of
 * Jaro-Winkler (for names that share a word, or alone when it is high) and token overlap on the
 * normalised names.
 */
final class CandidateRanker {

  static final int TOP = 5;
  static final double MIN_SCORE = 0.7;
  /**
   * Character similarity counts alone only from this score, and only for a typo (the words the names do not share are
   * alike: "Cinecca"); otherwise the names must also share a significant word, since Jaro-Winkler of names of very
   * different length is noise ("Kaarna Materials" and "ART-ER" score 0.72).
   */
  static final double CHARACTERS_ALONE = 0.85;
  private static final Set<String> STOP = Set.of("di", "del", "della", "dei", "degli", "delle", "dello", "d", "de",
      "des", "du", "la", "le", "il", "lo", "l", "i", "gli", "e", "ed", "et", "y", "and", "of", "the", "for", "per",
      "a", "in", "da", "el", "los", "las");
  /**
   * Words many bodies' names share ("European Investment Bank" and "European Union", "Camera di commercio di Bologna"
   * and "... di Modena", "Dipartimento di Scienze Chimiche" and "Dipartimento Internazionale di Bilbao"): sharing one
   * of them says nothing about being the same body.
   */
  private static final Set<String> GENERIC = Set.of("european", "europea", "europeo", "europeen", "europeenne",
      "national", "nazionale", "nacional", "international", "internazionale", "internacional", "regional",
      "regionale", "region", "regione", "regio", "university", "universita", "universidad", "universite",
      "institute", "istituto", "instituto", "institut", "centre", "center", "centro", "agency", "agenzia", "agencia",
      "agence", "foundation", "fondazione", "fundacion", "fondation", "association", "associazione", "asociacion",
      "chamber", "camera", "camara", "chambre", "commerce", "commercio", "comercio", "industry", "industria",
      "cluster", "network", "rete", "red", "reseau", "group", "gruppo", "grupo", "groupe", "consortium", "consorzio",
      "consorcio", "bank", "banca", "banco", "banque", "union", "unione", "council", "consiglio", "consejo", "conseil",
      "ministry", "ministero", "ministerio", "ministere", "company", "societa", "spa", "srl", "ltd", "gmbh", "inc",
      "research", "ricerca", "investigacion", "recherche", "innovation", "innovazione", "innovacion", "technology",
      "tecnologia", "technologie", "development", "sviluppo", "desarrollo", "developpement", "digital", "digitale",
      "city", "citta", "ciudad", "ville", "comune", "municipality", "province", "provincia", "department",
      "dipartimento", "departamento", "departement", "directorate", "direzione", "direccion", "direction", "office",
      "ufficio", "oficina", "bureau", "service", "servizio", "servicio", "faculty", "facolta", "facultad", "faculte",
      "school", "scuola", "escuela", "ecole", "laboratory", "laboratorio", "laboratoire", "lab", "park", "parco",
      "parque", "parc", "hub", "alliance", "alleanza", "alianza", "federation", "federazione", "federacion",
      "committee", "comitato", "comite", "commission", "commissione", "comision", "authority", "autorita", "autoridad",
      "autorite", "district", "distretto", "distrito", "science", "sciences", "scienze", "ciencia", "ciencias",
      "engineering", "ingegneria", "ingenieria");

  private CandidateRanker() {}

  static List<Candidate> rank(RecordKind kind, List<String> names, String externalId, List<KnownRecord> known) {
    if (kind == null) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    for (KnownRecord record : known) {
      if (record.ref().kind() != kind) {
        continue;
      }
      Candidate best = null;
      if (externalId != null && externalId.equals(record.ref().key())) {
        best = new Candidate(record.ref(), 1.0, record.names().isEmpty() ? null : record.names().get(0), "EXTRACTOR");
      } else {
        for (String mine : names) {
          for (String theirs : record.names()) {
            Candidate c = score(record, mine, theirs);
            if (c != null && (best == null || c.score() > best.score())) {
              best = c;
            }
          }
        }
      }
      if (best != null && best.score() >= MIN_SCORE) {
        out.add(best);
      }
    }
    out.sort(Comparator.comparing((Candidate c) -> !"EXTRACTOR".equals(c.reason()))
        .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
        .thenComparing(c -> c.record().label(), String.CASE_INSENSITIVE_ORDER));
    return out.size() > TOP ? List.copyOf(out.subList(0, TOP)) : List.copyOf(out);
  }

  private static Candidate score(KnownRecord record, String mine, String theirs) {
    String a = SearchText.normalise(mine);
    String b = SearchText.normalise(theirs);
    if (a.isEmpty() || b.isEmpty()) {
      return null;
    }
    if (a.equals(b) || SearchText.compact(mine).equals(SearchText.compact(theirs))) {
      return new Candidate(record.ref(), 1.0, theirs, "EXACT");
    }
    if (isAcronymOf(mine, theirs) || isAcronymOf(theirs, mine)) {
      return new Candidate(record.ref(), 0.9, theirs, "ACRONYM");
    }
    double characters = jaroWinkler(a, b);
    if (!shareSignificantWord(a, b) && (characters < CHARACTERS_ALONE || !typo(a, b))) {
      characters = 0;
    }
    double similar = Math.max(characters, tokenOverlap(significant(a), significant(b)));
    return new Candidate(record.ref(), Math.min(similar, 0.95), theirs, "SIMILAR");
  }

  /**
   * Whether two names share a word of three letters or more that is neither a function word nor a word many bodies'
   * names share.
   */
  static boolean shareSignificantWord(String a, String b) {
    Set<String> mine = new LinkedHashSet<>(words(a));
    for (String w : words(b)) {
      if (w.length() >= 3 && !STOP.contains(w) && !GENERIC.contains(w) && mine.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "ITHQ" for "Institut de tourisme et d'hôtellerie du Québec": initials of the significant words. */
  static boolean isAcronymOf(String acronym, String name) {
    String compact = SearchText.compact(acronym);
    if (compact.length() < 2 || compact.length() > 10 || acronym.strip().contains(" ")) {
      return false;
    }
    List<String> words = words(name);
    if (words.size() < 2) {
      return false;
    }
    StringBuilder all = new StringBuilder();
    StringBuilder significant = new StringBuilder();
    for (String w : words) {
      all.append(w.charAt(0));
      if (!STOP.contains(w)) {
        significant.append(w.charAt(0));
      }
    }
    return compact.contentEquals(significant) || compact.contentEquals(all);
  }

  /**
   * Whether the words the two names do not share are themselves alike ("cinecca" and "cineca"), so that a high
   * character similarity is a typo rather than a long common prefix of generic words ("european investment bank" and
   * "european union" score 0.86, "camera di commercio di bologna" and "... di modena" 0.95). Words many bodies share
   * are left out, so that "Regione Toscana" is no typo of another region's alias "Region".
   */
  private static boolean typo(String a, String b) {
    List<String> mine = words(a);
    List<String> theirs = words(b);
    String left = String.join(" ", mine.stream().filter(w -> !theirs.contains(w) && distinctive(w)).toList());
    String right = String.join(" ", theirs.stream().filter(w -> !mine.contains(w) && distinctive(w)).toList());
    return !left.isEmpty() && !right.isEmpty() && jaroWinkler(left, right) >= CHARACTERS_ALONE;
  }

  /** A word that can tell two bodies apart: neither a function word nor a word many bodies' names share. */
  private static boolean distinctive(String w) {
    return !STOP.contains(w) && !GENERIC.contains(w);
  }

  /** The name without its function words, for the word overlap ("Camera di commercio di Bologna": 3 words). */
  private static String significant(String name) {
    List<String> kept = words(name).stream().filter(w -> !STOP.contains(w)).toList();
    return kept.isEmpty() ? name : String.join(" ", kept);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : SearchText.normalise(text).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Dice coefficient on word sets, so that "Adel Nagumanov" and "Nagumanov Adel" match. */
  static double tokenOverlap(String a, String b) {
    Set<String> x = new LinkedHashSet<>(words(a));
    Set<String> y = new LinkedHashSet<>(words(b));
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    long common = x.stream().filter(y::contains).count();
    return 2.0 * common / (x.size() + y.size());
  }

  static double jaroWinkler(String s, String t) {
    if (s.equals(t)) {
      return 1.0;
    }
    int range = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
    boolean[] sMatched = new boolean[s.length()];
    boolean[] tMatched = new boolean[t.length()];
    int matches = 0;
    for (int i = 0; i < s.length(); i++) {
      int from = Math.max(0, i - range);
      int to = Math.min(t.length(), i + range + 1);
      for (int j = from; j < to; j++) {
        if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
          sMatched[i] = true;
          tMatched[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (sMatched[i]) {
        while (!tMatched[k]) {
          k++;
        }
        if (s.charAt(i) != t.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / s.length() + m / t.length() + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
