package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Milica Janković of the BioSense Institute", "Lucia Ferri della Fondazione Arvena", "Ana Ruiz de la Universidad
 * de Vellano": a person's name followed by the organisation the person belongs to is two names, not one
 * organisation. The chunk reader asks before joining across the connector.
 */
final class PersonAffiliation {
  /** Connectors that never join a surname particle. */
  private static final Set<String> AFFILIATION = Words.set("of", "for", "della", "del", "dell'", "delle", "degli", "dei",
      "du", "des", "d'");
  /** Connectors that are also surname particles ("Marco de Santis"): only before an article or an organisation word. */
  private static final Set<String> PARTICLE = Words.set("de", "di", "da");

  private PersonAffiliation() {}

  /**
   * Whether tokens [from, end) are a person's name and the connector at token j introduces their organisation, or
   * another person.
   */
  static boolean endsPerson(Doc doc, int from, int end, int j, int after) {
    if (endsBeforeAnotherPerson(doc, from, end, j, after)) {
      return true;
    }
    String connector = Words.f(doc.tokens.get(j));
    if (!AFFILIATION.contains(connector) && !PARTICLE.contains(connector) || after >= doc.tokens.size()) {
      return false;
    }
    if (!Lexicon.INSTANCE.isGivenName(doc.tokenText(from)) || !new PersonNames(doc).isName(from, end)) {
      return false;
    }
    if (AFFILIATION.contains(connector)) {
      return true;
    }
    boolean article = after > j + 1 && Words.ARTICLES.contains(Words.f(doc.tokens.get(j + 1)));
    return article || Lexicon.INSTANCE.inSection("org", doc.tokens.get(after).text());
  }

  /**
   * "Marta Ruiz y Jorge Vidal": a person's name, "y", and a given name are two people. Spanish "y" also joins two
   * surnames ("Ortega y Gasset") and the words of a body's name, so it joins unless a given name follows. The
   * person's name may come after a capitalised word that opens the sentence ("Asistieron Marta Ruiz y ...").
   */
  private static boolean endsBeforeAnotherPerson(Doc doc, int from, int end, int j, int after) {
    if (!Words.f(doc.tokens.get(j)).equals("y") || after != j + 1 || after >= doc.tokens.size()
        || !Lexicon.INSTANCE.isGivenName(doc.tokenText(after))) {
      return false;
    }
    for (int k = from; k < end - 1; k++) {
      if (Lexicon.INSTANCE.isGivenName(doc.tokenText(k)) && new PersonNames(doc).isName(k, end)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern OF_BETWEEN = Pattern.compile("(?iu)^,?\\s+(?:of|for|della|del|dell['’]|delle|degli|dei"
      + "|du|des|d['’]|de|di|da)(?:\\s+(?:the|la|le|l['’]|el|los|las|lo|gli|i))?\\s*$");

  /** The organisation named right after the person's name and "of / della / de la": the person's org, or null. */
  static Ent orgAfter(Doc doc, Ent person, List<Ent> ents) {
    for (Cand p : person.cands) {
      for (Ent o : ents) {
        if (o.type != EntityType.ORG) {
          continue;
        }
        for (Cand c : o.cands) {
          if (c.start > p.end && c.start - p.end <= 12 && OF_BETWEEN.matcher(doc.slice(p.end, c.start)).matches()) {
            return o;
          }
        }
      }
    }
    return null;
  }
}
