package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.MatchResult;
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
  /** "e del Made in Italy", "and Made in Italy": a portfolio named after a label of origin. */
  private static final String MADE_IN = "Made\\s+in\\s+\\p{Lu}\\p{L}+";
  private static final Pattern MADE_IN_NAME = Pattern.compile(MADE_IN);
  private static final Pattern ASSEMBLY = Pattern.compile("\\b(?:Provincia|Regione|Consiglio|Giunta|Assemblea|Conseil"
      + "|Consejo|Comunidad|Comunità|Diputación|Gobierno|Assemblée)\\s+(?:autonoma|regionale|provinciale|comunale"
      + "|legislativa|régional|départemental|autónoma|provincial|foral|regional|municipal|metropolitana)"
      + "\\s+(?:di|del|della|dell['’]\\s*|de la|de l['’]\\s*|de|du|d['’]\\s*)\\s*" + NAME);
  private static final Pattern MINISTRY = Pattern.compile("\\b(?:Federal\\s+Ministry|Ministero|Ministry|Ministère"
      + "|Ministerio|Department|Departamento|Dipartimento|State Department|Consejería|Conselleria|Consellería"
      + "|Dirección General|Direzione [Gg]enerale|Direction générale|Directorate[- ]General)"
      + "\\s+(?:for the|for|of the|of|per l['’]|per il|per la|dell['’]|della|del|degli|delle|dei|des|de la"
      + "|de l['’]|du|de|d['’])\\s*" + NAME);
  private static final Pattern MORE_PORTFOLIOS = Pattern.compile("\\G(?:,\\s*|\\s+(?:and|e|ed|et|y)\\s+)(?:(?:del|della"
      + "|dello|dell['’]|dei|degli|delle|des|de la|de las|de los|de l['’]|du|de|the|la|las|los|el|le|les)\\s*)?("
      + MADE_IN + "|" + NAME + ")");
  /** "Ministerio de Energía de Chile", "Ministero del Turismo e dell’Ambiente dell’Albania": the country. */
  private static final Pattern OF_COUNTRY = Pattern.compile("\\G\\s+(?:of the|of|di|del|della|dell['’]|de|du|des"
      + "|de la)\\s*(" + NAME + ")(?:\\s+(?:of|di|de)\\s+" + NAME + ")?");
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
      "territory", "territorio", "territoire", "welfare", "families", "famiglia",
      "budget", "bilancio", "presupuesto", "presupuestos", "hacienda", "growth", "crescita", "crecimiento",
      "croissance", "protection", "protezione", "proteccion", "planning", "pianificazione", "planificacion",
      "vivienda", "urbanismo", "urbanism", "urbanisme", "logement", "forests", "forets", "bosques", "cooperation",
      "cooperazione", "cooperacion", "transition", "transizione", "transicion", "digitalisation", "digitalization",
      "digitalizzazione", "digitalizacion", "telecommunications", "telecomunicazioni", "mobility", "mobilita",
      "movilidad", "mobilite", "sovereignty", "sovranita", "soberania", "affairs", "affari", "asuntos", "affaires",
      "heritage", "patrimonio", "patrimoine", "regional", "rural", "maritime", "marittimo", "policy", "policies",
      "politiche", "politicas", "politiques", "urban", "urbana", "urbaine", "market", "markets", "mercato", "mercado",
      "entrepreneurship", "imprenditorialita", "emprendimiento", "entrepreneuriat", "smes", "pmi", "pyme",
      "pymes");

  private GovernmentBodies() {}

  static void recognise(Doc doc) {
    for (MatchResult m : WordStartMatches.of(doc, ASSEMBLY)) {
      add(doc, m.start(), m.end());
    }
    for (MatchResult m : WordStartMatches.of(doc, MINISTRY)) {
      int end = m.end();
      Matcher more = MORE_PORTFOLIOS.matcher(doc.text);
      int from = end;
      while (more.find(from) && more.start() == from && (portfolio(doc, more) || connectedPortfolio(doc, more))) {
        end = more.end();
        from = end;
      }
      Matcher country = OF_COUNTRY.matcher(doc.text);
      if (country.find(end) && country.start() == end && !namesBody(country.group(1))) {
        end = country.end();
      }
      if (end > m.end() || PORTFOLIOS.contains(Norm.fold(lastWord(m.group())))) {
        add(doc, qualifiedStart(doc, m.start()), end);
      }
    }
  }

  /**
   * "and Budget", "and Social Protection", "and Water Management", "e del Made in Italy": a name with a portfolio word
   * in it, unless a new body or an acronym starts there ("and Energy Agency", "and ENEA").
   */
  private static boolean portfolio(Doc doc, Matcher more) {
    String name = more.group(1);
    if (MADE_IN_NAME.matcher(name).matches()) {
      return true;
    }
    String[] words = name.split("\\s+");
    boolean listed = PORTFOLIOS.contains(Norm.fold(words[0]));
    if (Norm.isAcronymLike(words[0]) && !listed
        || doc.coveredBy(more.start(1), more.start(1) + words[0].length(), Cand.KNOWN)) {
      return false;
    }
    boolean portfolio = false;
    for (String w : words) {
      if (BodyStarts.headWord(w)) {
        return false;
      }
      portfolio |= PORTFOLIOS.contains(Norm.fold(w));
    }
    return portfolio;
  }

  /**
   * "e della Cooperazione Internazionale", "y de la Función Pública": a portfolio outside the list, joined with a
   * connector or article, unless a new body starts there ("e della Regione Lazio").
   */
  private static boolean connectedPortfolio(Doc doc, Matcher more) {
    String lead = doc.text.substring(more.start(), more.start(1)).trim();
    String first = more.group(1).split("\\s+")[0];
    return (lead.contains(" ") || lead.endsWith("'") || lead.endsWith("’")) && !lead.startsWith(",")
        && !ARTICLE_ONLY.matcher(lead).find() && !Norm.isAcronymLike(first) && !Lexicon.INSTANCE.inSection("org", first)
        && !doc.coveredBy(more.start(1), more.start(1) + first.length(), Cand.KNOWN)
        && !NAME_GOES_ON.matcher(doc.text).region(more.end(), doc.text.length()).lookingAt();
  }

  /** A lead ending in a bare article ("and the", "y la"): the next name may be a new body. */
  private static final Pattern ARTICLE_ONLY = Pattern.compile("^(?:,|\\p{L}+)\\s*(?:the|la|las|los|el|le|les)$");

  /** The name goes on past what the pattern read ("e del Made in Italy", "e dell'Irrigazione del Regno di ..."). */
  private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+(?:in|di|de|del|della|dell['’]|of|du|des|d['’])"
      + "(?![\\p{L}])");

  /**
   * "Dutch Ministry of Economic Affairs", "Saxon State Ministry for ...": up to two capitalised words right before the
   * head belong to the name, unless they are function words ("The Ministry").
   */
  private static int qualifiedStart(Doc doc, int start) {
    int head = doc.tokenAt(start);
    int first = head;
    int sentence = doc.sentenceAt(start);
    for (int k = head - 1; k >= Math.max(0, head - 2) && doc.sentenceAt(doc.tokens.get(k).start()) == sentence; k--) {
      Token t = doc.tokens.get(k);
      boolean adjacent = doc.slice(t.end(), doc.tokens.get(k + 1).start()).equals(" ");
      if (!adjacent || !t.isWord() || !t.isUpper() || Words.FUNCTION.contains(Words.f(t))
          || Norm.isAcronymLike(t.text()) || Lexicon.INSTANCE.inSection("org", t.text())) {
        break;
      }
      first = k;
    }
    return doc.tokens.get(first).start();
  }

  private static final Set<String> COMMUNITIES = Words.set("comunidad", "comunitat", "comunita", "communaute");

  /** "of the University of Basel", "de la Comunidad de Madrid": a body, not the country of a ministry. */
  private static boolean namesBody(String name) {
    for (String w : name.split("\\s+")) {
      if (Lexicon.INSTANCE.inSection("org", w) || COMMUNITIES.contains(Norm.fold(w))) {
        return true;
      }
    }
    return false;
  }

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
