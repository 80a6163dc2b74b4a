package eu.intercluster.extraction;

import java.util.Set;

/**
 * What the chunk reader asks before joining the next capitalised words across a connector: whether the chunk so
 * far has a connector, is a chamber listing its sectors, is a representation abroad carrying its location, or
 * follows a site noun.
 */
final class ChunkJoins {
  private ChunkJoins() {}

  private static final Set<String> SITE_NOUNS = Words.set("campus", "sede", "sedi", "headquarters", "premises",
      "siège", "sede central", "site", "sito", "stabilimento", "plant", "centre-ville");

  /** "nel campus di Monte Sant'Angelo dell'Università ...": a site of an organisation, named before it. */
  static boolean siteBefore(Doc doc, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      String f = Words.f(doc.tokens.get(k));
      if (SITE_NOUNS.contains(f)) {
        return true;
      }
      if (!Words.CONNECTORS.contains(f) && !Words.ARTICLES.contains(f)) {
        return false;
      }
    }
    return false;
  }

  static boolean hasConnector(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.set("of", "for", "di", "de", "du", "per", "pour", "para").contains(doc.tokens.get(k).folded())) {
        return true;
      }
    }
    return false;
  }

  /** "Cámara de Comercio, Industria y Servicios de ...": chambers list their sectors inside the name. */
  static boolean chamber(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = doc.tokens.get(k).folded();
      if (f.startsWith("chamber") || f.startsWith("camera") || f.startsWith("chambre") || f.startsWith("camara")
          || f.startsWith("cambra")) {
        return true;
      }
    }
    return false;
  }

  /** Chambers, embassies, offices abroad carry their location in the name: "Chamber of Commerce in Canada". */
  static boolean representation(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = doc.tokens.get(k).folded();
      if (f.startsWith("chamber") || f.startsWith("camera") || f.startsWith("chambre") || f.startsWith("camara")
          || f.startsWith("embass") || f.startsWith("ambasciat") || f.startsWith("ambassade") || f.startsWith("embajada")
          || f.startsWith("consul") || f.startsWith("consolat") || f.startsWith("office") || f.startsWith("ufficio")
          || f.startsWith("oficina") || f.startsWith("bureau")
          || f.startsWith("delegation") || f.startsWith("representation") || f.startsWith("rappresentanz")) {
        return true;
      }
    }
    return false;
  }
}
