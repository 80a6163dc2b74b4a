package eu.intercluster.extraction;

/**
 * An organisation named after a sector carries a theme of that sector (annotation guide, section 1: an ORG carries
 * a theme that describes its own sector): "the Cluster Agrifood Vellano works on food safety" gives the agrifood
 * cluster the theme, where an organisation named for another trade does not. The theme's label must be the label
 * of a vocabulary term inside one of the organisation's names; OTHER never qualifies.
 */
final class ThemeOrgNames {
  private ThemeOrgNames() {}

  /** Whether the organisation's name (its text or this occurrence) holds a theme term with the theme's label. */
  static boolean namesSector(Doc doc, RelationContext.Occ org, Ent theme) {
    Object norm = theme.attrs.get("norm");
    if (org.ent().type != EntityType.ORG || norm == null || "OTHER".equals(norm)) {
      return false;
    }
    String prefix = "theme:" + norm + "#";
    for (String name : new String[] {org.ent().text, doc.slice(org.cand().start, org.cand().end)}) {
      for (String concept : ThemeRecogniser.conceptsInside(name == null ? "" : name)) {
        if (concept.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }
}
