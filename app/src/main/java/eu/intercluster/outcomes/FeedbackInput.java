package eu.intercluster.outcomes;

/** A participant's feedback on a meeting: outcome (required), rating 1–5 (optional), comment. */
public record FeedbackInput(MeetingResult outcome, Integer rating, String comment) {}
