package eu.intercluster.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes an {@link ExtractedDocument} as JSON in exactly the corpus schema (offsets are not part of it). */
public final class JsonWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonWriter() {}

  public static String toJson(ExtractedDocument doc) {
    try {
      return MAPPER.writeValueAsString(toTree(doc)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void write(ExtractedDocument doc, Path file) throws IOException {
    Files.writeString(file, toJson(doc), StandardCharsets.UTF_8);
  }

  static ObjectNode toTree(ExtractedDocument doc) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("doc_id", doc.docId());
    root.put("source", doc.source());
    root.put("lang", doc.lang());
    root.put("doc_date", doc.docDate());
    root.put("complete", doc.complete());
    root.put("notes", doc.notes());
    ArrayNode entities = root.putArray("entities");
    for (Entity e : doc.entities()) {
      ObjectNode n = entities.addObject();
      n.put("id", e.id());
      n.put("type", e.type().name());
      n.put("text", e.text());
      ArrayNode mentions = n.putArray("mentions");
      e.mentions().forEach(mentions::add);
      for (Map.Entry<String, Object> a : e.attributes().entrySet()) {
        putValue(n, a.getKey(), a.getValue());
      }
    }
    ArrayNode relations = root.putArray("relations");
    for (Relation r : doc.relations()) {
      ObjectNode n = relations.addObject();
      n.put("type", r.type());
      n.putArray("args").add(r.arg0()).add(r.arg1());
      if (r.note() != null) {
        n.put("note", r.note());
      }
    }
    return root;
  }

  private static void putValue(ObjectNode n, String key, Object value) {
    if (value == null) {
      n.putNull(key);
    } else if (value instanceof DateValue d) {
      ObjectNode date = n.putObject(key);
      date.put("text", d.text());
      date.put("iso", d.iso());
    } else if (value instanceof Boolean b) {
      n.put(key, b);
    } else {
      n.put(key, value.toString());
    }
  }
}
