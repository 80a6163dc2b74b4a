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
        .containsEntry("on 5 September 2023", "2023-09-05")
        .containsEntry("le 3 octobre 2022", "2022-10-03")
        .containsEntry("el 21 de febrero de 2021", "2021-02-21");
  }

  @Test
  void englishDayDatesAreWrittenWithoutTheirOnButAWeekdayAloneKeepsIt() {
    assertThat(DateRecogniserTestSupport.values("The forum opens on 13 November 2026, the awards follow on "
        + "Tuesday 24 November and the board met on Monday.", "en"))
        .containsEntry("13 November 2026", "2026-11-13")
        .containsEntry("Tuesday 24 November", "null")
        .containsEntry("on Monday", "null");
  }

  @Test
  void rangesAndMonths() {
    assertThat(dates("On 7 and 8 July 2021 the fair opened; the machine was inaugurated in novembre 2022."))
        .containsEntry("On 7 and 8 July 2021", "2021-07-07/2021-07-08")
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

  private static Doc recognised(String text, String lang) {
    Doc doc = new Doc(text, lang);
    DateRecogniser.recognise(doc);
    return doc;
  }

  private static Map<String, String> values(Doc doc) {
    return doc.dates.stream().collect(Collectors.toMap(d -> d.value().text(), d -> String.valueOf(d.value().iso())));
  }

  @Test
  void datelineBelowHeadlineAndLabel() {
    assertThat(recognised("Nuovo accordo per la logistica\n\nTrento, 14 aprile 2026 – Ieri la firma.", "it").dateline)
        .isEqualTo("2026-04-14");
    assertThat(recognised("Actualités\n\nUn salon pour le bois\n\nNantes, le 2 juin 2025 – Hier soir.", "fr").dateline)
        .isEqualTo("2025-06-02");
    assertThat(recognised("Press release – Port of Larnaca\nCork, Ireland, 9 May 2024\nThe port said.", "en").dateline)
        .isEqualTo("2024-05-09");
    assertThat(recognised("Noticias | 3 de marzo de 2027 | Economía\nEl consejo aprobó hoy.", "es").dateline)
        .isEqualTo("2027-03-03");
  }

  @Test
  void aDateInsideAHeadlineSentenceIsNoDateline() {
    assertThat(recognised("Trade fair from 3 to 5 June 2025 in Lyon\nThe fair opened.", "en").dateline).isNull();
    assertThat(recognised("Nuovo bando\nScadenza: 30 aprile 2026\nLe domande.", "it").dateline).isNull();
  }

  @Test
  void theDatelineDateIsMarkedAndNotAnEventDate() {
    Doc doc = recognised("Fiera del mobile\n\nPesaro, 9 ottobre 2025 – La fiera apre il 12 ottobre 2025.", "it");
    assertThat(doc.dates).filteredOn(Doc.DateMention::dateline).extracting(d -> d.value().text())
        .containsExactly("9 ottobre 2025");
  }

  @Test
  void daysRelativeToTheDatelineInFourLanguages() {
    assertThat(values(recognised("Titolo\nBari, 4 marzo 2026 – Ieri e questa mattina, domani.", "it")))
        .containsEntry("Ieri", "2026-03-03").containsEntry("questa mattina", "2026-03-04")
        .containsEntry("domani", "2026-03-05");
    assertThat(values(recognised("Title\nLeeds, 2 March 2026 – Yesterday and this morning.", "en")))
        .containsEntry("Yesterday", "2026-03-01").containsEntry("this morning", "2026-03-02");
    assertThat(values(recognised("Titre\nLille, le 1er avril 2026 – Hier soir, aujourd’hui.", "fr")))
        .containsEntry("aujourd’hui", "2026-04-01");
    assertThat(values(recognised("Título\nMurcia, 5 de mayo de 2026 – Ayer y esta mañana.", "es")))
        .containsEntry("Ayer", "2026-05-04").containsEntry("esta mañana", "2026-05-05");
  }

  @Test
  void weekdaysKeepTheirPhraseAndAreFixedOnlyWhenTheDatelineFallsOnThem() {
    // 2026-03-02 is a Monday.
    Doc en = recognised("Title\nLeeds, 2 March 2026 – The plan was signed on Thursday; the fair closes next Friday.",
        "en");
    assertThat(values(en)).containsEntry("on Thursday", "null").containsEntry("next Friday", "null");
    assertThat(values(recognised("Título\nMurcia, 2 de marzo de 2026 – Este lunes y el pasado miércoles.", "es")))
        .containsEntry("Este lunes", "2026-03-02").containsEntry("el pasado miércoles", "null");
    assertThat(values(recognised("Titre\nLille, le 2 mars 2026 – Ce jeudi, et mardi dernier.", "fr")))
        .containsEntry("Ce jeudi", "null").containsEntry("mardi dernier", "null");
    assertThat(values(recognised("La giunta si è riunita giovedì e venerdì scorsi e martedì 17 marzo.", "it")))
        .containsEntry("giovedì e venerdì scorsi", "null").containsEntry("martedì 17 marzo", "null");
  }

  @Test
  void aWeekdayThatStartsANameIsNoDate() {
    assertThat(recognised("Ha parlato Domenica Ferri, sindaca di Pralba.", "it").dates).isEmpty();
  }

  @Test
  void rangesAcrossMonthsAndMonthsWithoutYear() {
    assertThat(values(recognised("La missione si svolge dal 30 settembre al 4 ottobre 2026; il bando apre a marzo.",
        "it"))).containsEntry("dal 30 settembre al 4 ottobre 2026", "2026-09-30/2026-10-04")
        .containsEntry("a marzo", "null");
    assertThat(values(recognised("La mission aura lieu du 28 mai au 2 juin 2027 et les 4 et 5 juin 2027.", "fr")))
        .containsEntry("du 28 mai au 2 juin 2027", "2027-05-28/2027-06-02")
        .containsEntry("les 4 et 5 juin 2027", "2027-06-04/2027-06-05");
    assertThat(values(recognised("La feria será en mayo.", "es"))).containsEntry("en mayo", "null");
  }

  @Test
  void spanishMayKeepsItsWholeName() {
    assertThat(values(recognised("La feria se celebra del 4 al 6 de mayo de 2027 y la jornada el 9 de mayo.", "es")))
        .containsEntry("del 4 al 6 de mayo de 2027", "2027-05-04/2027-05-06")
        .containsEntry("el 9 de mayo", "null");
  }

  @Test
  void frenchFirstOfTheMonthInRanges() {
    assertThat(values(recognised("Le salon se tient du 1er au 3 juin 2026 à Nantes.", "fr")))
        .containsEntry("du 1er au 3 juin 2026", "2026-06-01/2026-06-03");
  }

  @Test
  void hasBeenAndASummerSchoolAreNoSeasons() {
    assertThat(values(recognised("La mission a été un succès. Elle reviendra en été 2027.", "fr")))
        .doesNotContainKey("a été").containsEntry("en été 2027", "2027");
    assertThat(values(recognised("The cluster runs a summer school for students.", "en"))).doesNotContainKey("a summer");
    assertThat(values(recognised("Il bando riapre a primavera.", "it"))).containsKey("a primavera");
  }

  @Test
  void yesterdayAndTodayIsARangeUnderTheDateline() {
    assertThat(values(recognised("Lecco, 9 ottobre 2026 – Si è svolto ieri e oggi il forum.", "it")))
        .containsEntry("ieri e oggi", "2026-10-08/2026-10-09");
  }

  @Test
  void datelineWithProvinceLabelOrNumericDate() {
    assertThat(recognised("Titolo\nSOLBIATE (VA), 4 marzo 2026 – Oggi la firma.", "it").dateline).isEqualTo("2026-03-04");
    assertThat(recognised("New lab opens\nPosted on 12 May 2026\nThe lab opened yesterday.", "en").dateline)
        .isEqualTo("2026-05-12");
    assertThat(recognised("Un laboratorio\ndi Anna Rossi\nPubblicato il 08/05/2026\nIeri.", "it").dateline)
        .isEqualTo("2026-05-08");
    assertThat(recognised("Lab opens\n21.09.2026 | Faculty of Physics\nToday.", "en").dateline).isEqualTo("2026-09-21");
    assertThat(recognised("Nuovo bando\nScadenza: 30/04/2026\nLe domande.", "it").dateline).isNull();
  }

  @Test
  void datelineBelowBlankLinesAndByline() {
    assertThat(recognised("Titolo\n\nSommario breve\n\ndi Anna Rossi\n\nVarese, 3 aprile 2026 – Ieri la firma.", "it")
        .dateline).isEqualTo("2026-04-03");
  }
}
