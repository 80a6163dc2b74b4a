package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DateRecogniserTest {
  private static Map<String, String> dates(String text) {
    Doc doc = new Doc(text, "it");
    DateRecogniser.recognise(doc);
    return doc.dates.stream().collect(Collectors.toMap(d -> d.value().text(), d -> String.valueOf(d.value().iso())));
  }

  @Test
  void datelineFixesToday() {
    Doc doc = new Doc("Parma, 3 marzo 2025 – Oggi la giunta ha approvato il piano.", "it");
    DateRecogniser.recognise(doc);
    assertThat(doc.dateline).isEqualTo("2025-03-03");
    assertThat(doc.dates).anySatisfy(d -> {
      assertThat(d.value().text()).isEqualTo("Oggi");
      assertThat(d.value().iso()).isEqualTo("2025-03-03");
    });
  }

  @Test
  void fullDatesInFourLanguages() {
    assertThat(dates("Il 12 gennaio 2024 e on 5 September 2023, le 3 octobre 2022, el 21 de febrero de 2021."))
        .containsEntry("Il 12 gennaio 2024", "2024-01-12")
        .containsEntry("5 September 2023", "2023-09-05")
        .containsEntry("le 3 octobre 2022", "2022-10-03")
        .containsEntry("el 21 de febrero de 2021", "2021-02-21");
  }

  @Test
  void rangesAndMonths() {
    assertThat(dates("On 7 and 8 July 2021 the fair opened; the machine was inaugurated in novembre 2022."))
        .containsEntry("7 and 8 July 2021", "2021-07-07/2021-07-08")
        .containsValue("2022-11");
  }

  @Test
  void relativeAndYearlessDatesHaveNoIso() {
    assertThat(dates("Si è tenuto lo scorso 4 febbraio; la scorsa settimana e last November; recentemente."))
        .containsEntry("lo scorso 4 febbraio", "null")
        .containsEntry("la scorsa settimana", "null")
        .containsEntry("last November", "null")
        .containsEntry("recentemente", "null");
  }
}
