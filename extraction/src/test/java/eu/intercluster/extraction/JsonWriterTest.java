package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void writesExactlyTheCorpusSchema() throws Exception {
    ExtractedDocument doc = Extractor.builder().build().extract("d1", "d1.txt",
        "Milano, 2 maggio 2024 – Oggi la Regione Lombardia e il Comune di Lione hanno firmato un protocollo d'intesa "
            + "sulla manifattura. Ha parlato il sindaco Marco Gialli.");
    JsonNode json = new ObjectMapper().readTree(JsonWriter.toJson(doc));
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("doc_id", "source", "lang", "doc_date", "complete", "notes", "entities", "relations");
    assertThat(json.get("doc_date").asText()).isEqualTo("2024-05-02");
    for (JsonNode e : json.get("entities")) {
      List<String> f = new ArrayList<>();
      e.fieldNames().forEachRemaining(f::add);
      assertThat(f).startsWith("id", "type", "text", "mentions");
      switch (e.get("type").asText()) {
        case "PERSON" -> assertThat(f).contains("role", "org");
        case "AGREEMENT" -> assertThat(f).contains("kind", "duration", "status", "date");
        case "EVENT" -> assertThat(f).contains("kind", "date");
        case "THEME" -> assertThat(f).contains("norm");
        default -> assertThat(f).contains("kind");
      }
      assertThat(f).noneMatch(name -> name.startsWith("_"));
    }
    for (JsonNode r : json.get("relations")) {
      assertThat(r.get("args")).hasSize(2);
    }
  }
}
