package eu.intercluster.outcomes;

import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Checks feedback and follow-up input, naming every field that is wrong. */
final class OutcomeRules {

  static final int MAX_COMMENT = 2000;

  private OutcomeRules() {}

  static void check(FeedbackInput input) {
    List<FieldProblem> problems = new ArrayList<>();
    if (input == null || input.outcome() == null) {
      problems.add(new FieldProblem("outcome", "must be one of NO_INTEREST, COOPERATION_POSSIBLE, "
          + "FOLLOW_UP_PLANNED, AGREEMENT_REACHED"));
    }
    if (input != null && input.rating() != null && (input.rating() < 1 || input.rating() > 5)) {
      problems.add(new FieldProblem("rating", "must be between 1 and 5"));
    }
    if (input != null) {
      checkComment(input.comment(), problems);
    }
    throwIfAny(problems);
  }

  static void check(FollowUpInput input) {
    List<FieldProblem> problems = new ArrayList<>();
    if (input == null || input.status() == null) {
      problems.add(new FieldProblem("status", "must be one of NO_CONTACT, IN_CONTACT, PROJECT_PROPOSAL, "
          + "AGREEMENT_SIGNED, OTHER"));
    }
    if (input != null) {
      checkComment(input.comment(), problems);
    }
    throwIfAny(problems);
  }

  static String clean(String comment) {
    return comment == null || comment.isBlank() ? null : comment.strip();
  }

  private static void checkComment(String comment, List<FieldProblem> problems) {
    if (comment != null && comment.strip().length() > MAX_COMMENT) {
      problems.add(new FieldProblem("comment", "must be at most " + MAX_COMMENT + " characters"));
    }
  }

  private static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.stream().map(p -> p.field() + ": " + p.message())
          .collect(Collectors.joining("; ")), problems);
    }
  }
}
