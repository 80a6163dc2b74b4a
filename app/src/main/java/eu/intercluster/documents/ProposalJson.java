package eu.intercluster.documents;

import eu.intercluster.extraction.DateValue;
import eu.intercluster.extraction.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON kept in the proposal tables: mentions (array), attributes (object), offsets ([[start, end], ...]). */
final class ProposalJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final int MAX_OCCURRENCES = 4000;
  static final int MAX_MENTIONS_CHARS = 7000;

  private ProposalJson() {}

  static String mentions(List<String> mentions) {
    List<String> kept = new ArrayList<>();
    int size = 2;
    for (String m : mentions) {
      size += m.length() + 4;
      if (size > MAX_MENTIONS_CHARS) {
        break;
      }
      kept.add(m);
    }
    return JSON.writeValueAsString(kept);
  }

  static List<String> mentions(String json) {
    return JSON.readValue(json, new TypeReference<List<String>>() {});
  }

  /** Attribute values as strings; a date as {"text": ..., "iso": ...}. */
  static String attributes(Map<String, Object> attributes) {
    Map<String, Object> out = new LinkedHashMap<>();
    attributes.forEach((name, value) -> {
      if (value instanceof DateValue d) {
        Map<String, String> date = new LinkedHashMap<>();
        date.put("text", d.text());
        date.put("iso", d.iso());
        out.put(name, date);
      } else {
        out.put(name, value == null ? null : String.valueOf(value));
      }
    });
    String json = JSON.writeValueAsString(out);
    return json.length() > 7900 ? "{}" : json;
  }

  static Map<String, Object> attributes(String json) {
    return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  static String offsets(List<Mention> occurrences) {
    List<int[]> out = new ArrayList<>();
    for (Mention m : occurrences) {
      if (out.size() >= MAX_OCCURRENCES) {
        break;
      }
      out.add(new int[] {m.start(), m.end()});
    }
    return JSON.writeValueAsString(out);
  }

  static List<int[]> offsets(String json) {
    return JSON.readValue(json, new TypeReference<List<int[]>>() {});
  }
}
