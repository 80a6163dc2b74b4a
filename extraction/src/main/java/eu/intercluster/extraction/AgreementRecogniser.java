package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AGREEMENT mentions from agreement cues ("memorandum of understanding", "protocollo d'intesa", "accordo
 * quadro", "five-year agreement"). A further mention of the same kind, or a generic "agreement" after one,
 * is the same agreement; "further/ulteriore/nuovo" or a different specific kind starts a new one.
 */
final class AgreementRecogniser {
  private static final String[][] KINDS = {
      {"MoU", "memorandum of understanding|memoranda of understanding|memorandum d['’]intesa|memorandum di intesa"
          + "|memorandum of agreement|protocole d['’]entente|memorando de entendimiento|memorándum de entendimiento"
          + "|mou|mous"},
      {"memorandum of cooperation", "memorandum of cooperation|memorandum di cooperazione"},
      {"protocollo d'intesa", "protocoll[oi] d['’]intesa|protocolo de intenciones"},
      {"collaboration protocol", "protocoll[oi] di collaborazione|collaboration protocols?|protocolo de colaboración"
          + "|protocole de collaboration|cooperation protocol|protocollo di cooperazione"},
      {"accordo quadro", "accord[oi] quadro|framework agreements?|accord-cadre|acuerdo marco"},
      {"collaboration agreement", "accord[oi] di (?:collaborazione|cooperazione|partenariato)"
          + "|(?:collaboration|cooperation|partnership) agreements?|acuerdo de (?:colaboración|cooperación)"
          + "|accord de (?:coopération|collaboration|partenariat)|convenio de colaboración"
          + "|entente de (?:coopération|collaboration|partenariat)|convention de (?:coopération|collaboration|partenariat)"
          + "|convenio de cooperación|convenzione di (?:collaborazione|cooperazione)"},
      {"letter of intent", "letter of intent|lettera d['’]intenti|lettre d['’]intention|carta de intenciones"},
      {"convenzione", "convenzione|convenio"},
      {"agreement", "agreement|accordo|accordi|accord|acuerdo|intesa|protocollo|protocolo|entente"}};
  private static final Pattern DURATION_BEFORE = Pattern.compile(
      "(?iu)(\\b[\\p{L}\\d]+-year|\\b(?:annual|biennial|triennial|biennale|triennale|quinquennale|pluriennale"
          + "|decennale|annuale))\\s+$");
  private static final Pattern DURATION_AFTER = Pattern.compile("(?iu)^\\s*,?\\s*(?:della durata di |ha una durata di |avrà una durata di |di |for |de |per "
      + "|will run for |runs for |has a duration of |with a duration of |tiene una duración de |tendrá una duración de "
      + "|de una duración de |con una duración de |a une durée de |d['’]une durée de |pour une durée de )"
      + "((?:\\d+|due|tre|quattro|cinque|sei|dieci|two|three|four|five|six|ten|deux|trois|quatre|cinq|dos|tres"
      + "|cuatro|cinco) (?:anni|years|ans|años))");
  private static final Pattern NEW = Pattern.compile("(?iu)(further|another|new|ulteriore|nuovo|nuova|altro|autre"
      + "|nouvel|nouveau|nuevo|otro|second|secondo)\\s+(?:[\\p{L}-]+\\s+)?$");
  private static final Pattern ALL;

  static {
    StringBuilder b = new StringBuilder("(?iu)\\b(?:");
    for (int i = 0; i < KINDS.length; i++) {
      b.append(i == 0 ? "" : "|").append("(?<k").append(i).append('>').append(KINDS[i][1]).append(')');
    }
    ALL = Pattern.compile(b.append(")\\b").toString());
  }

  private AgreementRecogniser() {}

  static void recognise(Doc doc) {
    List<Cand> agreements = new ArrayList<>();
    LowerCasePatterns.forEach(doc, ALL, m -> add(doc, m, agreements));
  }

  private static void add(Doc doc, Matcher m, List<Cand> agreements) {
    int k = kindIndex(m);
    String kind = KINDS[k][0];
    boolean generic = kind.equals("agreement");
    String before = doc.text.substring(Math.max(0, m.start() - 40), m.start());
    String cue = doc.text.substring(m.start(), m.end());
    if (generic && cue.equalsIgnoreCase("intesa") && Character.isUpperCase(cue.charAt(0))) {
      return;
    }
    Matcher dur = DURATION_BEFORE.matcher(before);
    String duration = null;
    int start = m.start();
    if (dur.find()) {
      duration = dur.group(1);
      start = m.start() - (before.length() - dur.start(1));
    }
    Matcher after = DURATION_AFTER.matcher(doc.text.substring(m.end(), Math.min(doc.text.length(), m.end() + 40)));
    if (duration == null && after.find()) {
      duration = after.group(1);
    }
    boolean isNew = NEW.matcher(before).find();
    Cand same = isNew ? null : sameAs(agreements, kind, generic);
    String canon = same != null ? same.canon : "agreement:" + (agreements.size() + 1);
    Cand c = doc.add(generic && duration == null ? m.start() : start, m.end(), EntityType.AGREEMENT,
        kind, Cand.GENERIC + 5, canon);
    c.generic = generic;
    c.reference = generic && duration == null;
    if (duration != null) {
      c.attrs.put("duration", duration);
    }
    agreements.add(c);
  }

  private static Cand sameAs(List<Cand> earlier, String kind, boolean generic) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Cand e = earlier.get(i);
      if (generic || kind.equals(e.kind) || "agreement".equals(e.kind)) {
        return e;
      }
    }
    return null;
  }

  private static int kindIndex(Matcher m) {
    for (int i = 0; i < KINDS.length; i++) {
      if (m.group("k" + i) != null) {
        return i;
      }
    }
    return KINDS.length - 1;
  }
}
