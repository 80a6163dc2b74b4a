package eu.intercluster.documents;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.ecosystem.KnownRecord;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.extraction.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking link candidates, reading kinds, and cutting bodies into sentences: no Spring needed. */
class CandidateRankerTest {

  private static KnownRecord org(long id, String key, String... names) {
    return new KnownRecord(new RecordRef(RecordKind.ORGANISATION, id, key, names[0]), "AGENCY", List.of(names));
  }

  private final List<KnownRecord> known = List.of(
      org(1, "org-ithq", "Institut de tourisme et d’hôtellerie du Québec", "ITHQ"),
      org(2, "org-quebec", "Québec", "Quebec"),
      org(3, "org-art-er", "ART-ER", "Art-Er"),
      org(4, "org-cineca", "Cineca"),
      org(5, "org-crim", "Crim", "Centre de recherche informatique de Montréal"),
      new KnownRecord(new RecordRef(RecordKind.PERSON, 6, "per-cineca", "Cineca Person"), null, List.of("Cineca")));

  @Test
  void anotherRegionIsNoCandidateForARegionWhoseAliasIsTheBareHeadWord() {
    List<KnownRecord> regions = List.of(org(7, "org-emilia-romagna", "Regione Emilia-Romagna", "Emilia Romagna",
        "Emilia-Romagna", "Emilia-Romagna Region", "Region", "Regione"));
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Regione Toscana"), null, regions)).isEmpty();
  }

  @Test
  void sharingOnlyAUnitWordLikeDepartmentMakesNoCandidate() {
    List<KnownRecord> units = List.of(org(8, "org-dib", "Dipartimento Internazionale di Bilbao"),
        org(9, "org-dsc", "Dipartimento di Scienze Chimiche"));
    List<Candidate> ranked = CandidateRanker.rank(RecordKind.ORGANISATION,
        List.of("Dipartimento di Scienze Chimiche, Farmaceutiche ed Agrarie"), null, units);
    assertThat(ranked).extracting(c -> c.record().key()).containsExactly("org-dsc");
  }

  @Test
  void exactNormalisedNamesScoreOneAndOnlyRecordsOfTheRightKindAreCandidates() {
    List<Candidate> ranked = CandidateRanker.rank(RecordKind.ORGANISATION, List.of("QUEBEC"), null, known);

    assertThat(ranked.get(0).record().key()).isEqualTo("org-quebec");
    assertThat(ranked.get(0).score()).isEqualTo(1.0);
    assertThat(ranked.get(0).reason()).isEqualTo("EXACT");
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("arter"), null, known).get(0).record().key())
        .isEqualTo("org-art-er");
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Cineca"), null, known))
        .extracting(c -> c.record().kind()).containsOnly(RecordKind.ORGANISATION);
  }

  @Test
  void theExtractorsLinkComesFirstThenAcronymsThenSimilarNames() {
    List<Candidate> linked = CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Quebec"), "org-ithq", known);
    assertThat(linked.get(0).record().key()).isEqualTo("org-ithq");
    assertThat(linked.get(0).reason()).isEqualTo("EXTRACTOR");
    assertThat(linked.get(1).record().key()).isEqualTo("org-quebec");

    Candidate acronym = CandidateRanker.rank(RecordKind.ORGANISATION,
        List.of("CRIM"), null, List.of(org(7, "org-x", "Centre de recherche informatique de Montréal"))).get(0);
    assertThat(acronym.reason()).isEqualTo("ACRONYM");
    assertThat(acronym.score()).isEqualTo(0.9);

    Candidate similar = CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Institut de tourisme du Québec"), null,
        known).get(0);
    assertThat(similar.record().key()).isEqualTo("org-ithq");
    assertThat(similar.reason()).isEqualTo("SIMILAR");
    assertThat(similar.score()).isBetween(0.7, 0.95);
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Mespack"), null, known)).isEmpty();
  }

  @Test
  void namesOfVeryDifferentLengthWithNoWordInCommonAreNotSimilar() {
    // Jaro-Winkler of "kaarna materials" and "art-er" is 0.72, above the threshold: it must not count alone.
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Kaarna Materials Oy", "Kaarna Materials"), null,
        known)).isEmpty();
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Cinecca"), null, known))
        .extracting(c -> c.record().key()).containsExactly("org-cineca");
    Candidate region = CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Regione Emilia-Romagna"), null,
        List.of(org(8, "org-rer", "Emilia-Romagna Region"))).get(0);
    assertThat(region.reason()).isEqualTo("SIMILAR");
    assertThat(CandidateRanker.shareSignificantWord("cluster della romagna", "romagna")).isTrue();
    assertThat(CandidateRanker.shareSignificantWord("agenzia per la ricerca", "per la salute")).isFalse();
  }

  @Test
  void sharingOnlyGenericWordsIsNotSimilarityButATypoStillIs() {
    List<KnownRecord> map = List.of(org(20, "org-eu", "Unione Europea", "European Union"),
        org(21, "org-cc-mo", "Camera di commercio di Modena"), org(22, "org-fbk", "Fondazione Bruno Kessler"));
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("European Investment Bank"), null, map)).isEmpty();
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Camera di commercio di Bologna"), null, map))
        .isEmpty();
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Camera di commercio di Modna"), null, map))
        .extracting(c -> c.record().key()).containsExactly("org-cc-mo");
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Fondazione Bruno Kesler"), null, map))
        .extracting(c -> c.record().key()).containsExactly("org-fbk");
    assertThat(CandidateRanker.shareSignificantWord("european investment bank", "european union")).isFalse();
  }

  @Test
  void showsAtMostFiveCandidates() {
    List<KnownRecord> many = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      many.add(org(100 + i, "org-c" + i, "Cluster Emilia " + i));
    }
    assertThat(CandidateRanker.rank(RecordKind.ORGANISATION, List.of("Cluster Emilia"), null, many)).hasSize(5);
  }

  @Test
  void kindsFollowTheExtractorsLabelsOrTheWordsOfTheText() {
    assertThat(Kinds.suggestedSubkind(EntityType.ORG, "government", "Regione Emilia-Romagna")).isEqualTo("PUBLIC_BODY");
    assertThat(Kinds.suggestedSubkind(EntityType.AGREEMENT, "MoU", "intesa")).isEqualTo("MOU");
    assertThat(Kinds.suggestedSubkind(EntityType.AGREEMENT, "agreement", "protocollo d'intesa")).isEqualTo("PROTOCOL");
    assertThat(Kinds.suggestedSubkind(EntityType.EVENT, null, "missione in Catalogna")).isEqualTo("MISSION");
    assertThat(Kinds.suggestedSubkind(EntityType.PLACE, "infrastructure", "Leonardo")).isEqualTo("INFRASTRUCTURE");
    assertThat(Kinds.suggestedSubkind(EntityType.PROGRAMME, "funding programme", "Pr Fesr")).isEqualTo("FUNDING_PROGRAMME");
    assertThat(Kinds.recordKind(EntityType.EVENT)).isEqualTo(RecordKind.ACTIVITY);
    assertThat(Kinds.recordKind(EntityType.THEME)).isNull();
  }

  @Test
  void bodiesAreNormalisedAndQuotesAreTheSentencesNamingBothEnds() {
    String body = BodyText.normalise("\uFEFFTitolo  \r\n\r\n\r\n\r\nPrima frase su Cineca. Seconda frase su ART-ER e Cineca! Terza.\r\n");
    assertThat(body).isEqualTo("Titolo\n\nPrima frase su Cineca. Seconda frase su ART-ER e Cineca! Terza.");
    assertThat(BodyText.normalise(body)).isEqualTo(body);
    assertThat(BodyText.sha256(body)).hasSize(64);

    List<int[]> sentences = BodyText.sentences(body);
    assertThat(sentences).hasSize(4);
    int cineca1 = body.indexOf("Cineca");
    int cineca2 = body.lastIndexOf("Cineca");
    int arter = body.indexOf("ART-ER");
    assertThat(BodyText.quote(body, sentences, List.of(new int[] {cineca1, cineca1 + 6}, new int[] {cineca2, cineca2 + 6}),
        List.of(new int[] {arter, arter + 6}))).isEqualTo("Seconda frase su ART-ER e Cineca!");
    assertThat(BodyText.quote(body, sentences, List.of(new int[] {0, 6}), List.of(new int[] {arter, arter + 6})))
        .isEqualTo("Titolo Prima frase su Cineca. Seconda frase su ART-ER e Cineca!");

    String headline = "Cineca e ART-ER insieme\nOggi Cineca e ART-ER hanno firmato.";
    List<int[]> two = BodyText.sentences(headline);
    assertThat(BodyText.quote(headline, two, List.of(new int[] {0, 6}, new int[] {29, 35}),
        List.of(new int[] {9, 15}, new int[] {38, 44}))).isEqualTo("Oggi Cineca e ART-ER hanno firmato.");
  }
}
