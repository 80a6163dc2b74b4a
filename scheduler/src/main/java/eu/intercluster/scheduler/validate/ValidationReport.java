package eu.intercluster.scheduler.validate;

import java.util.List;

/**
 * Outcome of checking a schedule: the violated constraints (empty when valid) and the breaks
 * recomputed from the assignments.
 */
public record ValidationReport(List<String> violations, int breaks, int[] breaksPerParticipant) {

  public ValidationReport {
    violations = List.copyOf(violations);
  }

  public boolean isValid() {
    return violations.isEmpty();
  }

  public int maxBreaks() {
    int max = 0;
    for (int b : breaksPerParticipant) {
      max = Math.max(max, b);
    }
    return max;
  }
}
