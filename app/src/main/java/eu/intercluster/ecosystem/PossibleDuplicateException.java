package eu.intercluster.ecosystem;

import eu.intercluster.system.ConflictException;
import java.util.List;

/**
 * A new organisation's name or alias matches existing ones: the caller should merge, or confirm
 * that it is a different organisation.
 */
public class PossibleDuplicateException extends ConflictException {

  private final List<RecordRef> candidates;

  public PossibleDuplicateException(List<RecordRef> candidates) {
    super("possible-duplicate",
        "An organisation with this name or alias already exists: "
            + String.join(", ", candidates.stream().map(RecordRef::label).toList())
            + ". Merge with it, or confirm that this is a different organisation.",
        candidates.stream().map(c -> c.label() + " (" + c.path() + ")").toList());
    this.candidates = List.copyOf(candidates);
  }

  public List<RecordRef> candidates() {
    return candidates;
  }
}
