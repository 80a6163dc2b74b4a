package eu.intercluster.scheduler.model;

/** Meeting {@code before} must take place in a strictly earlier slot than meeting {@code after}. */
public record Precedence(int before, int after) {

  public Precedence {
    if (before == after) {
      throw new IllegalArgumentException("meeting " + before + " cannot precede itself");
    }
  }
}
