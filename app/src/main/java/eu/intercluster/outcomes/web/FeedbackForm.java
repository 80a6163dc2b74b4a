package eu.intercluster.outcomes.web;

import eu.intercluster.outcomes.FeedbackInput;
import eu.intercluster.outcomes.FeedbackView;
import eu.intercluster.outcomes.MeetingResult;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.util.List;

/** The feedback form as typed: text fields, turned into {@link FeedbackInput} or named problems. */
record FeedbackForm(String outcome, String rating, String comment) {

  static FeedbackForm of(FeedbackView view) {
    return new FeedbackForm(view.outcome().name(), view.rating() == null ? "" : view.rating().toString(),
        view.comment());
  }

  static FeedbackForm empty() {
    return new FeedbackForm(null, "", "");
  }

  FeedbackInput input() {
    MeetingResult result = Enums.parse(MeetingResult.class, outcome);
    Integer stars = null;
    if (rating != null && !rating.isBlank()) {
      try {
        stars = Integer.valueOf(rating.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("rating: must be a number from 1 to 5",
            List.of(new FieldProblem("rating", "must be a number from 1 to 5")));
      }
    }
    return new FeedbackInput(result, stars, comment);
  }
}
