package eu.intercluster.scheduler.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The platform's JSON problem format (documented in scheduler/README.md). */
public final class ProblemJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Instance read(String defaultName, String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the problem must be a JSON object");
    }
    int slots = requiredInt(root, "slots", "problem");
    int morning = root.has("morningSlots") ? requiredInt(root, "morningSlots", "problem") : slots;
    int tables = requiredInt(root, "tables", "problem");
    List<Participant> ps = new ArrayList<>();
    for (JsonNode p : array(root, "participants")) {
      int id = requiredInt(p, "id", "participant");
      Set<Integer> forbidden = new HashSet<>();
      for (JsonNode s : p.path("forbiddenSlots")) {
        forbidden.add(s.asInt());
      }
      ps.add(new Participant(id, p.path("name").asText(""), forbidden, p.path("keepsTable").asBoolean(false)));
    }
    List<Meeting> ms = new ArrayList<>();
    for (JsonNode m : array(root, "meetings")) {
      int id = requiredInt(m, "id", "meeting");
      JsonNode pair = m.path("participants");
      if (!pair.isArray() || pair.size() != 2) {
        throw new IllegalArgumentException("meeting " + id + ": 'participants' must be an array of two ids");
      }
      String session = m.path("session").asText("ANY").toUpperCase(Locale.ROOT);
      Session s;
      try {
        s = Session.valueOf(session);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "meeting " + id + ": session must be MORNING, AFTERNOON or ANY, got '" + session + "'");
      }
      ms.add(new Meeting(id, pair.get(0).asInt(), pair.get(1).asInt(), s, m.path("fixedSlot").asInt(0),
          m.path("optional").asBoolean(false), m.path("priority").asInt(1)));
    }
    List<Precedence> pre = new ArrayList<>();
    for (JsonNode p : root.path("precedences")) {
      pre.add(new Precedence(requiredInt(p, "before", "precedence"), requiredInt(p, "after", "precedence")));
    }
    List<Assignment> published = new ArrayList<>();
    for (JsonNode a : root.path("published")) {
      published.add(new Assignment(requiredInt(a, "meeting", "published assignment"),
          requiredInt(a, "slot", "published assignment"), a.path("table").asInt(0)));
    }
    String name = root.path("name").asText(defaultName);
    return new Instance(new Problem(name, slots, morning, tables, ps, ms, pre), published);
  }

  public String write(Problem problem, List<Assignment> published) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", problem.name());
    root.put("slots", problem.slotCount());
    root.put("morningSlots", problem.morningSlots());
    root.put("tables", problem.tableCount());
    ArrayNode ps = root.putArray("participants");
    for (Participant p : problem.participants()) {
      ObjectNode n = ps.addObject().put("id", p.id());
      if (!p.name().isEmpty()) {
        n.put("name", p.name());
      }
      ArrayNode f = n.putArray("forbiddenSlots");
      p.forbiddenSlots().stream().sorted().forEach(f::add);
      if (p.keepsTable()) {
        n.put("keepsTable", true);
      }
    }
    ArrayNode ms = root.putArray("meetings");
    for (Meeting m : problem.meetings()) {
      ObjectNode n = ms.addObject().put("id", m.id());
      n.putArray("participants").add(m.first()).add(m.second());
      n.put("session", m.session().name());
      if (m.isFixed()) {
        n.put("fixedSlot", m.fixedSlot());
      }
      if (m.optional()) {
        n.put("optional", true).put("priority", m.priority());
      }
    }
    ArrayNode pre = root.putArray("precedences");
    problem.precedences().forEach(p -> pre.addObject().put("before", p.before()).put("after", p.after()));
    if (!published.isEmpty()) {
      ArrayNode pub = root.putArray("published");
      published.forEach(a -> pub.addObject().put("meeting", a.meeting()).put("slot", a.slot()).put("table", a.table()));
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Iterable<JsonNode> array(JsonNode root, String field) {
    JsonNode n = root.path(field);
    if (!n.isArray()) {
      throw new IllegalArgumentException("problem: '" + field + "' must be an array");
    }
    return n;
  }

  private static int requiredInt(JsonNode node, String field, String what) {
    JsonNode n = node.get(field);
    if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
      throw new IllegalArgumentException(what + ": '" + field + "' must be an integer");
    }
    return n.asInt();
  }
}
