package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Government bodies whose names the capitalised-chunk reader splits: a lower-case adjective inside ("Provincia
 * autonoma di Bolzano", "Consiglio regionale del Lazio", "Conseil régional de Bretagne") or a list of portfolios
 * ("Ministero dell’Industria e del Commercio", "Ministry of the Economy, Tourism and Sport", "Federal Ministry of
 * Education and Research").
 */
final class GovernmentBodies {
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";
  private static final Pattern ASSEMBLY = Pattern.compile("\\b(?:Provincia|Regione|Consiglio|Giunta|Assemblea|Conseil"
      + "|Consejo|Comunidad|Comunità|Diputación|Gobierno|Assemblée)\\s+(?:autonoma|regionale|provinciale|comunale"
      + "|legislativa|régional|départemental|autónoma|provincial|foral|regional|municipal|metropolitana)"
      + "\\s+(?:di|del|della|dell['’]\\s*|de la|de l['’]\\s*|de|du|d['’]\\s*)\\s*" + NAME);
  private static final Pattern MINISTRY = Pattern.compile("\\b(?:Federal\\s+Ministry|Ministero|Ministry|Ministère"
      + "|Ministerio|Department|Departamento|Dipartimento|State Department)\\s+(?:for the|for|of the|of|per l['’]|per il|per la|dell['’]|della"
      + "|del|degli|delle|dei|des|de la|de l['’]|du|de|d['’])\\s*" + NAME);
  private static final Pattern MORE_PORTFOLIOS = Pattern.compile("\\G(?:,\\s*|\\s+(?:and|e|et|y)\\s+)(?:(?:del|della"
      + "|dell['’]|dei|degli|delle|des|de la|de l['’]|du|de|the)\\s*)?(" + NAME + ")");
  /** "Ministerio de Energía de Chile", "Ministero del Turismo e dell’Ambiente dell’Albania": the country. */
  private static final Pattern OF_COUNTRY = Pattern.compile("\\G\\s+(?:of|di|del|della|dell['’]|de|du|des|de la)\\s*"
      + NAME);
  private static final Set<String> PORTFOLIOS = Words.set("economy", "economia", "economie", "tourism", "turismo",
      "tourisme", "sport", "sports", "deporte", "deportes", "industry", "industria", "industrie", "commerce", "commercio",
      "comercio", "trade", "agriculture", "agricoltura", "agricultura", "finance", "finances", "finanze", "finanzas",
      "labour", "labor", "lavoro", "travail", "trabajo", "health", "salute", "sante", "sanidad", "salud", "education",
      "istruzione", "educacion", "research", "ricerca", "recherche", "investigacion", "environment", "ambiente",
      "environnement", "energy", "energia", "energie", "transport", "transports", "trasporti", "transportes", "culture",
      "cultura", "innovation", "innovazione", "innovacion", "development", "sviluppo", "developpement", "desarrollo",
      "enterprise", "enterprises", "imprese", "entreprises", "empresas", "infrastructure", "infrastrutture", "science",
      "scienza", "ciencia", "technology", "tecnologia", "technologie", "universities", "universita", "fisheries", "pesca",
      "forestry", "foreste", "youth", "digital", "digitale", "made in italy", "crafts", "artigianato", "mines", "mining",
      "investment", "investments", "investimenti", "inversiones", "inversion", "investissement", "investissements",
      "exports", "export", "exportacion", "employment", "occupazione", "empleo", "emploi", "skills", "competitiveness",
      "competitivita", "competitividad", "competitivite", "communications", "comunicazioni", "comunicaciones",
      "housing", "water", "acqua", "agua", "eau", "irrigation", "irrigazione", "riego", "food", "alimentazione",
      "alimentacion", "alimentation", "internationalisation", "internazionalizzazione", "internacionalizacion",
      "sustainability", "sostenibilita", "sostenibilidad", "climate", "clima", "climat", "cohesion", "coesione",
      "territory", "territorio", "territoire", "welfare", "families", "famiglia");

  private GovernmentBodies() {}

  static void recognise(Doc doc) {
    Matcher m = ASSEMBLY.matcher(doc.text);
    while (m.find()) {
      add(doc, m.start(), m.end());
    }
    m = MINISTRY.matcher(doc.text);
    while (m.find()) {
      int end = m.end();
      Matcher more = MORE_PORTFOLIOS.matcher(doc.text);
      int from = end;
      while (more.find(from) && more.start() == from && (PORTFOLIOS.contains(Norm.fold(more.group(1)))
          || connectedPortfolio(doc, more))) {
        end = more.end();
        from = end;
      }
      Matcher country = OF_COUNTRY.matcher(doc.text);
      if (country.find(end) && country.start() == end) {
        end = country.end();
      }
      if (end > m.end() || PORTFOLIOS.contains(Norm.fold(lastWord(m.group())))) {
        add(doc, m.start(), end);
      }
    }
  }

  /**
   * "e della Cooperazione Internazionale", "y de la Función Pública": a portfolio outside the list, joined with a
   * connector or article, unless a new body starts there ("e della Regione Lazio").
   */
  private static boolean connectedPortfolio(Doc doc, Matcher more) {
    String lead = doc.text.substring(more.start(), more.start(1)).trim();
    String first = more.group(1).split("\\s+")[0];
    return (lead.contains(" ") || lead.endsWith("'") || lead.endsWith("’")) && !lead.startsWith(",")
        && !lead.endsWith("the") && !Norm.isAcronymLike(first) && !Lexicon.INSTANCE.inSection("org", first)
        && !doc.coveredBy(more.start(1), more.start(1) + first.length(), Cand.KNOWN)
        && !NAME_GOES_ON.matcher(doc.text).region(more.end(), doc.text.length()).lookingAt();
  }

  /** The name goes on past what the pattern read ("e del Made in Italy", "e dell'Irrigazione del Regno di ..."). */
  private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+(?:in|di|de|del|della|dell['’]|of|du|des|d['’])"
      + "(?![\\p{L}])");

  private static String lastWord(String s) {
    String[] words = s.split("\\s+");
    return words[words.length - 1];
  }

  private static void add(Doc doc, int start, int end) {
    if (doc.sentenceAt(start) == doc.sentenceAt(end - 1)) {
      doc.add(start, end, EntityType.ORG, "government", Cand.PATTERN, "T:" + Norm.fold(doc.slice(start, end)));
    }
  }
}
