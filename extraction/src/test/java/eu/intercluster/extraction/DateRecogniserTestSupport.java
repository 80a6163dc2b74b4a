package eu.intercluster.extraction;

import java.util.Map;
import java.util.stream.Collectors;

/** The dates the recogniser finds in a text, by text, with their ISO values ("null" when none). */
final class DateRecogniserTestSupport {
  private DateRecogniserTestSupport() {}

  static Map<String, String> values(String text, String lang) {
    Doc doc = new Doc(text, lang);
    DateRecogniser.recognise(doc);
    return doc.dates.stream().collect(Collectors.toMap(d -> d.value().text(), d -> String.valueOf(d.value().iso()),
        (a, b) -> a));
  }
}
