package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A territory that acts is a government (annotation guide, section 8), besides one that signs
 * ({@link Territories}): the subject of a verb of funding, launching, calling, organising, joining or cooperating
 * ("la Comunidad de Madrid convoca 15 millones", "la Wallonie mobilise", "Upper Austria and Slovenia join forces");
 * and a fair's partner or guest country ("Spain will be partner country", "le Portugal sera le pays invité"). Not a
 * territory after a preposition ("companies from Galicia have taken part") or inside a name ("Business Finland
 * launches") nor before a participle with its agent
 * ("a mission to Japan organised by ..."). The owner of a role stays a place: "Denmark's Minister", "the Governor of
 * Fukuoka Prefecture" are PLACEs in the annotated texts.
 */
final class TerritoryActs {
  private static final Pattern ACT_VERB = Pattern.compile("(?iu)^(convoc|publica|publie|publish|mobilis|mobiliz"
      + "|financ|finanz|fund|cofinanc|cofinanz|lanc|launch|organis|organiz|promuov|promueve|promot|stanzi"
      + "|sostien|support|aderisc|adhier|adhiere|join|partecip|particip|coopera|collabor|rinnov|renew"
      + "|renouvel|renuev|allocat|alloue|destina|subvenciona|impulsa|backs|unveil|announc|annunc"
      + "|anunci|annonce|calls|opens|apre|abre|ouvre)");
  private static final Pattern GUEST = Pattern.compile("(?iu)\\b(partner country|partner region|country partner"
      + "|guest country|country of honou?r|guest of honou?r|paese partner|regione partner|paese ospite|ospite d.onore"
      + "|pays invité|pays partenaire|région partenaire|invité d.honneur|à l.honneur|país invitado|país socio"
      + "|región invitada|región socia|invitado de honor)");
  private static final Set<String> BEFORE_VERB = Words.folded("and", "e", "ed", "y", "et", "la", "il", "l'", "lo", "the",
      "le", "el", "-", ",", "has", "have", "ha", "hanno", "a", "ont", "han", "ha", "will", "would", "is", "are",
      "was", "to", "also", "anche", "también", "aussi", "oggi", "today", "hoy", "aujourd'hui", "ieri", "yesterday",
      "ayer", "hier", "now", "ora", "just", "already", "già", "ya", "déjà", "va", "vanno", "va", "van", "vont",
      "going", "si", "se", "s'", "jointly", "together", "insieme", "conjuntamente", "ensemble");
  private static final Set<String> PREPOSITIONS = Words.folded("of", "from", "in", "to", "into", "at", "di", "da", "del",
      "della", "dell'", "dal", "dalla", "in", "a", "de", "du", "des", "d'", "en", "à", "aux", "au", "dans", "con",
      "with", "avec", "per", "for", "pour", "para", "por", "par", "by", "nel", "nella", "sur", "on");
  private static final Set<String> AGENT = Words.folded("by", "da", "dal", "dalla", "dai", "dalle", "par", "por");

  private TerritoryActs() {}

  static boolean acts(Doc doc, Cand c) {
    return subjectOfActVerb(doc, c) || guestCountry(doc, c);
  }

  /** The territory, maybe with other names and an auxiliary, before a lower-case verb of acting. */
  static boolean subjectOfActVerb(Doc doc, Cand c) {
    int before = doc.tokenAt(c.start) - 1;
    while (before >= 0 && Words.ARTICLES.contains(Words.f(doc.tokens.get(before)))) {
      before--;
    }
    if (before >= 0 && (PREPOSITIONS.contains(Words.f(doc.tokens.get(before)))
        || doc.tokens.get(before).isUpper() && doc.tokens.get(before).isWord())) {
      return false;
    }
    int i = doc.tokenAt(c.end - 1) + 1;
    int limit = doc.sentence(doc.sentenceAt(c.start)).last();
    for (int k = i; k < Math.min(limit, i + 8); k++) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      if (!t.isUpper() && t.isWord() && ACT_VERB.matcher(t.text()).find()) {
        return k + 1 >= doc.tokens.size() || !AGENT.contains(Words.f(doc.tokens.get(k + 1)));
      }
      if (!(t.isUpper() && t.isWord() || BEFORE_VERB.contains(f) || Words.CONNECTORS.contains(f))) {
        return false;
      }
    }
    return false;
  }

  /** "Spain will be partner country of InnoTrans", "Francia, país invitado de esta edición". */
  static boolean guestCountry(Doc doc, Cand c) {
    Sentence s = doc.sentence(doc.sentenceAt(c.start));
    int from = doc.tokens.get(Math.max(s.first(), doc.tokenAt(c.start) - 6)).start();
    int to = doc.tokens.get(Math.min(s.last() - 1, doc.tokenAt(c.end - 1) + 7)).end();
    return GUEST.matcher(doc.slice(from, to)).find();
  }
}
