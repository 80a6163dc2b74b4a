package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * A working group or technical table that an agreement provides for or sets up, that bodies join or will coordinate,
 * is a standing body, not an event ("the memorandum provides for a joint working group", "join ECSO's working
 * groups", "un groupe de travail mixte se réunira deux fois par an"); the annotators make it an EVENT where the text
 * has it meet ("two working groups discussed ...", "si sono svolti tre tavoli tecnici", "sono stati attivi i working
 * group"). Rules over the annotated texts: of the working groups they made events, 6 right and 34 wrong; the cues below
 * drop 32 of the wrong ones and 1 right one.
 */
final class StandingGroups {
  private static final Pattern GROUP = Pattern.compile("^(?:\\p{L}+ )?(?:working groups?|gruppi? di lavoro|groupes? de "
      + "travail|grupos? de trabajo|tavol[oi] tecnic[oi]|mesas? de trabajo|tavoli di lavoro)\\b");
  private static final Pattern STANDING = Pattern.compile("(?iu)(prevede|prevé|prévoit|provides? for|contempla|set up"
      + "|setting up|istitu|costitui|creazione|creare|création|créer|creación|crear\\b|create|creation|\\bjoin|aderi"
      + "|adesione|adhésion|adhesión|partecipa|particip|take part|sit on|member|membre|miembro|membro|access|coordiner"
      + "|coordinerà|coordineranno|coordinará|coordinarán|coordinates|will coordinate|coordination|pilotera"
      + "|twice a year|deux fois par an|due volte l'anno|dos veces al año|permanent|route into|osservatore)");
  private static final Pattern MEETS = Pattern.compile("(?iu)\\b(discussed|met |meet in|met in|si sono svolt|si è svolt"
      + "|si è riunit|si sono riunit|si riunirà per la prima volta|se sont réuni|s'est réuni|se réunira pour la première"
      + "|se reunió|se reunieron|se reunirá por primera vez)");

  private StandingGroups() {}

  static void drop(Doc doc) {
    doc.cands.removeIf(c -> c.type == EntityType.EVENT && GROUP.matcher(doc.folded(c.start, c.end)).find()
        && standing(doc, doc.sentenceAt(c.start)));
  }

  private static boolean standing(Doc doc, int s) {
    Sentence sentence = doc.sentence(s);
    String text = doc.lower.substring(sentence.start(), sentence.end());
    return STANDING.matcher(text).find() && !MEETS.matcher(text).find();
  }
}
