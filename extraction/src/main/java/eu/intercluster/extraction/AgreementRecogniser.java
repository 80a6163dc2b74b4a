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
          + "|mémorandum d['’]entente|protocole d['’]accord|mou|mous"},
      {"memorandum of cooperation", "memorandum of cooperation|memorandum di cooperazione"},
      {"protocollo d'intesa", "protocoll[oi] d['’]intesa|protocolo de intenciones"},
      {"collaboration protocol", "protocoll[oi] di collaborazione|collaboration protocols?|protocolo de colaboración"
          + "|protocole de collaboration|cooperation protocol|protocollo di cooperazione"},
      {"accordo quadro", "accord[oi] quadro|framework agreements?|accord-cadre|acuerdo marco|convenio marco"
          + "|contrat-cadre|convenzione quadro"},
      {"collaboration agreement", "accord[oi] di (?:collaborazione|cooperazione|partenariato)"
          + "|(?:collaboration|cooperation|partnership) agreements?|acuerdo de (?:colaboración|cooperación)"
          + "|accord de (?:coopération|collaboration|partenariat)|convenio de colaboración"
          + "|entente de (?:coopération|collaboration|partenariat)|convention de (?:coopération|collaboration|partenariat)"
          + "|convenio de cooperación|convenzione di (?:collaborazione|cooperazione)"},
      {"letter of intent", "letters? of intent|letter[ae] d['’]intenti|letter[ae] di intenti|lettres? d['’]intention"
          + "|cartas? de intenci(?:ón|ones)"},
      {"declaration of intent", "(?:joint )?declarations? of intent|dichiarazion[ei] d['’]intenti"
          + "|déclarations? d['’]intention|declaraci(?:ón|ones) de intenciones"},
      {"joint declaration", "joint declarations?|dichiarazion[ei] congiunt[ae]|dichiarazion[ei] comun[ei]"
          + "|déclarations? communes?|declaraci(?:ón|ones) conjuntas?"},
      {"twinning", "gemellaggio|gemellaggi|twinning agreements?|jumelage|hermanamiento"},
      {"covenant", "covenants?"},
      {"convenzione", "convenzione|convenio"},
      {"memorandum", "memorandum|memoranda|mémorandum"},
      {"contract", "contracts?|contratt[oi]|contrats?|contratos?"},
      {"agreement", "agreements?|accordo|accordi|accords?|acuerdos?|intesa|protocollo|protocolo|entente"}};
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
    if (!agreements.isEmpty() && m.start() < agreements.get(agreements.size() - 1).end) {
      return; // "gemellaggio" inside "accordo di gemellaggio"
    }
    int k = kindIndex(m);
    String kind = KINDS[k][0];
    boolean generic = kind.equals("agreement");
    String cue = doc.text.substring(m.start(), m.end());
    if (generic && cue.equalsIgnoreCase("intesa") && Character.isUpperCase(cue.charAt(0))) {
      return;
    }
    int first = doc.tokenAt(m.start());
    int lastToken = doc.tokenAt(m.end() - 1);
    int nameStart = m.start();
    int nameEnd = m.end();
    String head = Norm.fold(doc.tokenText(lastToken));
    if (ENGLISH_HEADS.contains(head)) {
      int from = AgreementNames.modifiersBefore(doc, first);
      nameStart = doc.tokenStart(from);
    } else if (lastToken >= 0) {
      boolean bare = generic || kind.equals("contract") || kind.equals("convenzione") || kind.equals("accordo quadro");
      int end = AgreementNames.complementAfter(doc, lastToken, bare);
      nameEnd = Math.max(nameEnd, end);
    }
    boolean named = nameStart < m.start() || nameEnd > m.end();
    if (named && (generic || kind.equals("contract") || kind.equals("convenzione"))) {
      generic = false;
      kind = Norm.fold(doc.slice(nameStart, nameEnd)).replaceAll("s$", "");
    } else if (kind.equals("contract")) {
      return; // a bare contract
    }
    if (PLURAL.matcher(cue).matches()) {
      return; // agreements in general, "distribution agreements" signed by several pairs
    }
    String before = doc.text.substring(Math.max(0, nameStart - 40), nameStart);
    Matcher dur = DURATION_BEFORE.matcher(before);
    String duration = null;
    int start = nameStart;
    if (dur.find()) {
      duration = dur.group(1);
      start = named ? nameStart : nameStart - (before.length() - dur.start(1)); // a name leaves its duration out
    }
    Matcher after = DURATION_AFTER.matcher(doc.text.substring(nameEnd, Math.min(doc.text.length(), nameEnd + 40)));
    if (duration == null && after.find()) {
      duration = after.group(1);
    }
    boolean isNew = NEW.matcher(before).find();
    Cand same = isNew ? null : sameAs(agreements, kind, generic);
    String canon = same != null ? same.canon : "agreement:" + (agreements.size() + 1);
    Cand c = doc.add(generic && duration == null ? nameStart : start, nameEnd, EntityType.AGREEMENT,
        kind, Cand.GENERIC + 5, canon);
    c.generic = generic;
    c.reference = generic && duration == null;
    if (duration != null) {
      c.attrs.put("duration", duration);
    }
    agreements.add(c);
  }

  /** English agreement nouns that take modifiers before them (folded). */
  private static final java.util.Set<String> ENGLISH_HEADS = Words.folded("agreement", "agreements", "contract",
      "contracts");
  private static final Pattern PLURAL = Pattern.compile("(?iu)agreements|accords|acuerdos|contracts|contratti|contrats"
      + "|contratos");

  private static Cand sameAs(List<Cand> earlier, String kind, boolean generic) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Cand e = earlier.get(i);
      if (generic || kind.equals(e.kind) || "agreement".equals(e.kind) || memorandum(kind) && memorandum(e.kind)) {
        return e;
      }
    }
    return null;
  }

  /** "the Memorandum" in a headline and the "memorandum of understanding" of the body are one agreement. */
  private static boolean memorandum(String kind) {
    return kind.equals("MoU") || kind.startsWith("memorandum");
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
