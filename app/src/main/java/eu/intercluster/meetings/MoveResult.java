package eu.intercluster.meetings;

import java.util.List;

/** A manual move done, with the warnings the organiser confirmed. */
public record MoveResult(MeetingView meeting, List<String> warnings) {}
