package eu.intercluster.extraction;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Institutions whose name lists their fields with commas and a final "and": "Department of Automation,
 * Biocybernetics and Robotics", "Directorate-General for Communications Networks, Content and Technology",
 * "Dipartimento di Ingegneria Civile, Edile e Ambientale", "Ministry of Investments, Regional Development and
 * Informatization of the Slovak Republic". Every listed field is a capitalised name of at most three words that is
 * neither an acronym nor an organisation of its own.
 */
final class InstitutionNameLists {
  private static final String WORD = "\\p{Lu}[\\p{Ll}'’-]+";
  private static final String ITEM = WORD + "(?:\\s+" + WORD + "){0,2}";
  private static final Pattern HEAD = Pattern.compile("(?u)\\b(?:Ministry|Ministero|Ministère|ministère|Ministerio"
      + "|Department|Dipartimento|Departamento|Département|Institute|Istituto|Instituto|Institut|Faculty|Facoltà"
      + "|Faculté|Facultad|Directorate-General|Direzione generale|Direction générale|Dirección General|School|Scuola"
      + "|École|Escuela|Centre|Center|Centro|Commission|Commissione|Comisión|Agency|Agenzia|Agence|Agencia)"
      + "\\s+(?:of the|of|for the|for|di|del|della|dell['’]|de la|de l['’]|de|du|des|per l['’]|per la|per il|para|pour)"
      + "\\s*(" + ITEM + ")((?:,\\s*" + ITEM + ")+)\\s+(?:and|e|et|y|&)\\s+(" + ITEM + ")");
  private static final Pattern OF_COUNTRY = Pattern.compile("(?u)\\G\\s+(?:of the|of|di|del|della|de la|de|du)\\s+"
      + ITEM);

  private InstitutionNameLists() {}

  static void recognise(Doc doc) {
    for (MatchResult m : WordStartMatches.of(doc, HEAD)) {
      if (!fieldsOnly(doc, m.start(1), m.end(3))) {
        continue;
      }
      int end = m.end();
      Matcher country = OF_COUNTRY.matcher(doc.text);
      if (country.find(end) && country.start() == end) {
        end = country.end();
      }
      if (doc.sentenceAt(m.start()) == doc.sentenceAt(end - 1)) {
        String head = doc.text.substring(m.start(), m.end()).split("\\s+")[0];
        doc.add(m.start(), end, EntityType.ORG, Lexicon.INSTANCE.cue("org", head), Cand.PATTERN,
            "T:" + Norm.fold(doc.slice(m.start(), end)));
      }
    }
  }

  /** No listed field is an acronym, a given name, or starts a name already known as an organisation, place or programme. */
  private static boolean fieldsOnly(Doc doc, int from, int to) {
    for (Cand c : doc.cands) {
      if (c.start >= from && c.start < to && c.type != EntityType.THEME) {
        return false;
      }
    }
    for (String item : doc.text.substring(from, to).split(",|\\s(?:and|e|et|y|&)\\s")) {
      String first = item.trim().split("\\s+")[0];
      if (Norm.isAcronymLike(first) || Lexicon.INSTANCE.isGivenName(first)) {
        return false;
      }
    }
    return true;
  }
}
