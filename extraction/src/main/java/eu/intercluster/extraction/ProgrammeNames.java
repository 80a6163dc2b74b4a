package eu.intercluster.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A programme name runs on over the funds and the period that follow it: "Regional Programme Puglia
 * FESR-FSE+ 2021-2027", "Interreg France-Italie ALCOTRA 2021-2027", "Plan de ... Andaluza 2021-2027".
 */
final class ProgrammeNames {
  private static final String FUND = "(?:FESR|Fesr|FSE\\+?|Fse\\+?|FEASR|Feasr|ERDF|ESF\\+?|FEDER|Feder|EAFRD|FEAMPA|EMFAF|FC|JTF)";
  private static final Pattern TAIL = Pattern.compile(
      "\\G(?:\\s+" + FUND + "(?:\\s*[-–/]\\s*" + FUND + ")*)?(?:\\s+\\d{4}\\s*[-–/]\\s*\\d{2,4})?");

  private ProgrammeNames() {}

  /** "Programma regionale FESR Sardegna", "Programme régional FESR Lazio", "Programa FEDER Aragón". */
  private static final Pattern HEAD = Pattern.compile("(?u)\\b(?:(?:Regional|Operational)\\s+)?"
      + "(?:Programma|Programme|Programa|Program)(?:\\s+(?:regionale|régional|regional|operativo(?: regionale)?"
      + "|opérationnel(?: régional)?|operational|operativo regional))?\\s+$");

  static void extend(Doc doc) {
    HeadedProgrammeNames.recognise(doc);
    ProgrammeStrands.recognise(doc);
    NumberedCalls.recognise(doc);
    for (Cand c : List.copyOf(doc.cands)) {
      if (c.type == EntityType.PROGRAMME && !c.generic && !c.reference) {
        withHead(doc, c);
      }
    }
    for (Cand c : List.copyOf(doc.cands)) {
      if (c.type != EntityType.PROGRAMME || c.generic || c.reference) {
        continue;
      }
      Matcher m = TAIL.matcher(doc.text);
      if (!m.find(c.end) || m.end() <= c.end) {
        continue;
      }
      int end = m.end();
      boolean longer = doc.cands.stream().anyMatch(o -> o.type == EntityType.PROGRAMME && o.start <= c.start && o.end >= end
          && o != c);
      if (longer) {
        continue;
      }
      Cand x = doc.add(c.start, end, EntityType.PROGRAMME, c.kind, Math.max(c.prio, Cand.PATTERN) + 1,
          "T:" + Norm.fold(doc.slice(c.start, end)));
      x.attrs.putAll(c.attrs);
    }
  }

  private static void withHead(Doc doc, Cand c) {
    String before = doc.slice(Math.max(0, c.start - 40), c.start);
    Matcher m = HEAD.matcher(before);
    if (m.find() && c.start - before.length() + m.start() >= doc.sentence(doc.sentenceAt(c.start)).start()) {
      int start = c.start - before.length() + m.start();
      boolean covered = doc.cands.stream().anyMatch(o -> o.type == EntityType.PROGRAMME && o != c && o.start <= start
          && o.end >= c.end);
      if (covered) {
        return;
      }
      Cand x = doc.add(start, c.end, EntityType.PROGRAMME, c.kind, Math.max(c.prio, Cand.PATTERN) + 1,
          "T:" + Norm.fold(doc.slice(start, c.end)));
      x.attrs.putAll(c.attrs);
    }
  }
}
