package eu.intercluster.accounts;

/**
 * What a user may do. The roles form a hierarchy: an ADMIN can do all an EDITOR can, an EDITOR
 * all a VIEWER can.
 */
public enum Role {
  /** Manages users, besides editing. */
  ADMIN,
  /** Creates and changes records. */
  EDITOR,
  /** Reads (needed only when the installation is private). */
  VIEWER;

  /** The Spring Security authority of this role, e.g. {@code ROLE_EDITOR}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
