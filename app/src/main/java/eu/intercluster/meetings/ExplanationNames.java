package eu.intercluster.meetings;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scheduler explains an infeasible event with its own numbers ("participant 28", "meeting 221
 * (participants 7 and 28)"); the organiser needs names. This puts each participant's name and
 * organisation in place of its number, and names a meeting by its two participants.
 */
final class ExplanationNames {

  private static final Pattern NUMBERED = Pattern.compile(
      "\\bmeeting (is )?(\\d+)|\\bparticipants (\\d+) and (\\d+)|\\bparticipant (\\d+)");

  private ExplanationNames() {}

  /**
   * @param participantName the label of a participant by its 1-based problem number
   */
  static String rewrite(String explanation, Problem problem, IntFunction<String> participantName) {
    List<Meeting> meetings = problem.meetings();
    int participants = problem.participants().size();
    IntFunction<String> name = p -> p >= 1 && p <= participants ? participantName.apply(p) : "participant " + p;
    Matcher m = NUMBERED.matcher(explanation);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(2) != null) {
        int id = Integer.parseInt(m.group(2));
        String pair = id >= 1 && id <= meetings.size()
            ? name.apply(meetings.get(id - 1).first()) + " – " + name.apply(meetings.get(id - 1).second()) : null;
        replacement = pair == null ? m.group() : (m.group(1) != null ? "meeting is " : "the meeting ") + pair;
      } else if (m.group(3) != null) {
        replacement = name.apply(Integer.parseInt(m.group(3))) + " and " + name.apply(Integer.parseInt(m.group(4)));
      } else {
        replacement = name.apply(Integer.parseInt(m.group(5)));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
