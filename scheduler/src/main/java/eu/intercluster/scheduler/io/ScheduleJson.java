package eu.intercluster.scheduler.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.solver.ScheduleResult;
import java.util.ArrayList;
import java.util.List;

/** The schedule JSON of the shared contract (PRODUCT.md): write a result, read assignments back. */
public final class ScheduleJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String write(Problem problem, ScheduleResult result, int fairness) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("instance", problem.name());
    root.put("status", result.status().name());
    ObjectNode objective = root.putObject("objective");
    if (result.hasSchedule()) {
      objective.put("breaks", result.breaks()).put("lowerBound", result.lowerBound());
    } else {
      objective.putNull("breaks");
      objective.put("lowerBound", result.lowerBound());
    }
    root.put("fairness", fairness);
    root.put("seconds", Math.round(result.seconds() * 1000) / 1000.0);
    ArrayNode meetings = root.putArray("meetings");
    for (Assignment a : result.assignments()) {
      Meeting m = problem.meeting(a.meeting());
      ObjectNode n = meetings.addObject().put("meeting", a.meeting());
      n.putArray("participants").add(m.first()).add(m.second());
      n.put("slot", a.slot()).put("table", a.table());
    }
    if (!result.unscheduled().isEmpty()) {
      ArrayNode u = root.putArray("unscheduled");
      result.unscheduled().forEach(u::add);
    }
    if (!result.explanation().isEmpty()) {
      root.put("explanation", result.explanation());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fairness d a schedule JSON was computed with, or {@code fallback}. */
  public int readFairness(String text, int fallback) {
    try {
      JsonNode n = MAPPER.readTree(text).path("fairness");
      return n.isInt() ? n.asInt() : fallback;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("schedule is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The assignments of a schedule JSON (also accepted as a published schedule). */
  public List<Assignment> readAssignments(String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("schedule is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.path("meetings").isArray()) {
      throw new IllegalArgumentException("schedule JSON must have a 'meetings' array");
    }
    List<Assignment> out = new ArrayList<>();
    for (JsonNode n : root.path("meetings")) {
      if (!n.path("meeting").isInt() || !n.path("slot").isInt()) {
        throw new IllegalArgumentException("schedule entry needs integer 'meeting' and 'slot': " + n);
      }
      out.add(new Assignment(n.path("meeting").asInt(), n.path("slot").asInt(), n.path("table").asInt(0)));
    }
    return out;
  }
}
