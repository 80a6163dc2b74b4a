package eu.intercluster.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PossibleDuplicateException;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RelationView;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.system.ConflictException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

/** Reading synthetic texts into proposals and reviewing them against the demo map. */
@DocumentsIntegration
@WithMockUser(username = "reviewer", roles = "EDITOR")
class DocumentReviewTest {

  @Autowired DocumentIntake intake;
  @Autowired ReviewQueue queue;
  @Autowired RelationService relations;
  @Autowired OrganisationService organisations;
  @Autowired PersonService people;
  @Autowired AgreementService agreements;

  /** A synthetic press release (written for these tests) naming two organisations of the demo map. */
  static String memorandum(String marker) {
    return String.join("\n",
        "Intelligenza artificiale, firmata l'intesa tra Emilia-Romagna e Québec " + marker,
        "Bologna, 12 marzo 2026 – La Regione Emilia-Romagna e il Québec hanno firmato un memorandum d'intesa "
            + "sull'intelligenza artificiale. L'accordo coinvolge anche Cineca e ART-ER.",
        "Alla firma era presente Marco Bianchi, presidente di Cineca, che ha presentato il nuovo progetto Orizzonte Dati.");
  }

  static String marker() {
    return "(" + UUID.randomUUID().toString().substring(0, 8) + ")";
  }

  private DocumentReview submitted(String text) {
    SubmitResult result = intake.submitText(null, text);
    assertThat(result.outcome()).isEqualTo(SubmitResult.Outcome.CREATED);
    return queue.review(result.documentId());
  }

  private static EntityProposal entity(DocumentReview review, String text) {
    return review.entities().stream().filter(e -> e.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + text + " in " + review.entities()));
  }

  private static RelationProposal relation(DocumentReview review, String type, String from, String to) {
    return review.relations().stream()
        .filter(r -> r.type().equals(type) && r.from().text().equals(from) && r.to().text().equals(to)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " " + from + " → " + to + " in " + review.relations()));
  }

  private long organisationId(String name) {
    return organisations.search(new OrganisationFilter(name, null, null, null, null), Pageable.ofSize(5))
        .getContent().stream().filter(o -> o.name().equals(name)).findFirst().map(OrganisationSummary::id)
        .orElseThrow();
  }

  private boolean sourceExists(long documentId) {
    return relations.sources().stream().map(SourceRef::key).anyMatch(("doc-" + documentId)::equals);
  }

  @Test
  void proposesEntitiesAndRanksTheKnownOrganisationsFirstWithoutWritingToTheMap() {
    long cineca = organisationId("Cineca");
    int before = relations.touching(RecordKind.ORGANISATION, cineca).size();

    DocumentReview review = submitted(memorandum(marker()));

    assertThat(review.document().language()).isEqualTo("it");
    assertThat(review.entities()).extracting(EntityProposal::type)
        .contains("ORG", "PERSON", "AGREEMENT", "THEME");
    assertThat(review.entities()).allSatisfy(e -> assertThat(e.status()).isEqualTo(ProposalStatus.PENDING));
    Candidate first = entity(review, "Cineca").candidates().get(0);
    assertThat(first.record().label()).isEqualTo("Cineca");
    assertThat(first.score()).isEqualTo(1.0);
    assertThat(entity(review, "ART-ER").candidates().get(0).record().key()).isEqualTo("org-art-er");
    assertThat(entity(review, "ART-ER").candidates()).hasSizeLessThanOrEqualTo(5);
    assertThat(review.relations()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(ProposalStatus.PENDING);
      assertThat(r.ready()).isFalse();
    });
    assertThat(relation(review, "INVOLVES", "memorandum d'intesa", "Cineca").quote())
        .contains("L'accordo coinvolge anche Cineca e ART-ER.");
    // Nothing reaches the map before review.
    assertThat(relations.touching(RecordKind.ORGANISATION, cineca)).hasSize(before);
    assertThat(sourceExists(review.document().id())).isFalse();
    assertThat(review.document().pending()).isEqualTo(review.entities().size() + review.relations().size());
  }

  @Test
  void acceptingTheEndsAndTheRelationWritesItWithTheDocumentAndTheSentence() {
    DocumentReview review = submitted(memorandum(marker()));
    long id = review.document().id();
    long cineca = organisationId("Cineca");
    RelationProposal involves = relation(review, "INVOLVES", "memorandum d'intesa", "Cineca");

    assertThatThrownBy(() -> queue.acceptRelation(id, involves.id())).isInstanceOf(ConflictException.class);

    RecordRef agreement = queue.create(id, involves.from().id(), new NewRecord("Memorandum Emilia-Romagna – Québec "
        + id, "MOU"), false);
    RecordRef linked = queue.link(id, involves.to().id(), RecordKind.ORGANISATION, cineca);
    assertThat(linked.label()).isEqualTo("Cineca");
    Long written = queue.acceptRelation(id, involves.id());

    RelationView view = relations.get(written);
    assertThat(view.type()).isEqualTo(RelationType.INVOLVES);
    assertThat(view.from().id()).isEqualTo(agreement.id());
    assertThat(view.to().id()).isEqualTo(cineca);
    assertThat(view.source().key()).isEqualTo("doc-" + id);
    assertThat(view.source().language()).isEqualTo("it");
    assertThat(view.quote()).isEqualTo("L'accordo coinvolge anche Cineca e ART-ER.");
    assertThat(relations.touching(RecordKind.ORGANISATION, cineca)).extracting(RelationView::id).contains(written);

    // Accepting again changes nothing.
    int count = relations.touching(RecordKind.ORGANISATION, cineca).size();
    assertThat(queue.acceptRelation(id, involves.id())).isEqualTo(written);
    assertThat(queue.link(id, involves.to().id(), RecordKind.ORGANISATION, cineca).id()).isEqualTo(cineca);
    assertThat(relations.touching(RecordKind.ORGANISATION, cineca)).hasSize(count);
    DocumentReview after = queue.review(id);
    assertThat(relation(after, "INVOLVES", "memorandum d'intesa", "Cineca").status()).isEqualTo(ProposalStatus.ACCEPTED);
    assertThat(entity(after, "Cineca").linked().id()).isEqualTo(cineca);
    // An end with facts on the map cannot be rejected or re-linked.
    assertThatThrownBy(() -> queue.reject(id, involves.to().id())).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> queue.rejectRelation(id, involves.id())).isInstanceOf(ConflictException.class);
  }

  @Test
  void aPersonWithARoleAtAnAcceptedOrganisationGetsTheRoleWithItsSource() {
    DocumentReview review = submitted(memorandum(marker()));
    long id = review.document().id();
    EntityProposal person = entity(review, "Marco Bianchi");
    assertThat(person.attributes()).containsEntry("role", "presidente di Cineca").containsEntry("org", "Cineca");

    RecordRef created = queue.create(id, person.id(), new NewRecord("Marco Bianchi", null), false);
    assertThat(people.get(created.id()).roles()).isEmpty();
    queue.link(id, entity(review, "Cineca").id(), RecordKind.ORGANISATION, organisationId("Cineca"));

    assertThat(people.get(created.id()).roles()).singleElement().satisfies(role -> {
      assertThat(role.role()).isEqualTo("presidente di Cineca");
      assertThat(role.organisation().label()).isEqualTo("Cineca");
      assertThat(role.source().key()).isEqualTo("doc-" + id);
      assertThat(role.quote()).startsWith("Alla firma era presente Marco Bianchi");
    });
  }

  @Test
  void createsANewOrganisationFromAProposalAndRefusesAnUnconfirmedDuplicate() {
    String marker = marker();
    DocumentReview review = submitted("Nuova rete per l'idrogeno " + marker + "\nLa Fondazione Lumen Adriatica e "
        + "Cineca hanno firmato un accordo di collaborazione a Ravenna sull'idrogeno verde.");
    long id = review.document().id();
    EntityProposal lumen = entity(review, "Fondazione Lumen Adriatica");
    assertThat(lumen.targetKind()).isEqualTo(RecordKind.ORGANISATION);
    assertThat(lumen.subkinds()).contains(lumen.suggestedSubkind(), "FOUNDATION");
    assertThat(lumen.candidates()).noneMatch(c -> c.score() == 1.0);

    RecordRef created = queue.create(id, lumen.id(), new NewRecord("Fondazione Lumen Adriatica " + marker, "FOUNDATION"),
        false);
    assertThat(organisations.get(created.id()).name()).isEqualTo("Fondazione Lumen Adriatica " + marker);
    assertThat(organisations.get(created.id()).aliases()).contains("Fondazione Lumen Adriatica");
    assertThat(entity(queue.review(id), "Fondazione Lumen Adriatica").linked().id()).isEqualTo(created.id());

    // "Cineca" exists: creating it again needs confirmation, and the refusal leaves nothing behind.
    EntityProposal cineca = entity(review, "Cineca");
    long total = organisations.search(OrganisationFilter.none(), Pageable.ofSize(1)).getTotalElements();
    assertThatThrownBy(() -> queue.create(id, cineca.id(), new NewRecord("Cineca", "CONSORTIUM"), false))
        .isInstanceOf(PossibleDuplicateException.class);
    assertThat(organisations.search(OrganisationFilter.none(), Pageable.ofSize(1)).getTotalElements()).isEqualTo(total);
    assertThat(entity(queue.review(id), "Cineca").status()).isEqualTo(ProposalStatus.PENDING);
  }

  @Test
  void rejectingWritesNothingAndRejectsTheRelationsThatNeedIt() {
    DocumentReview review = submitted(memorandum(marker()));
    long id = review.document().id();
    long cineca = organisationId("Cineca");
    int before = relations.touching(RecordKind.ORGANISATION, cineca).size();

    queue.reject(id, entity(review, "Cineca").id());
    queue.reject(id, entity(review, "Cineca").id());

    DocumentReview after = queue.review(id);
    assertThat(entity(after, "Cineca").status()).isEqualTo(ProposalStatus.REJECTED);
    assertThat(relation(after, "INVOLVES", "memorandum d'intesa", "Cineca").status()).isEqualTo(ProposalStatus.REJECTED);
    assertThat(relations.touching(RecordKind.ORGANISATION, cineca)).hasSize(before);
    assertThat(sourceExists(id)).isFalse();
  }

  @Test
  void aDocumentIsReviewedOnceNothingIsPending() {
    DocumentReview review = submitted(memorandum(marker()));
    long id = review.document().id();
    assertThat(review.document().status()).isEqualTo("IN_REVIEW");

    review.entities().forEach(e -> queue.reject(id, e.id()));

    DocumentReview after = queue.review(id);
    assertThat(after.relations()).allSatisfy(r -> assertThat(r.status()).isEqualTo(ProposalStatus.REJECTED));
    assertThat(after.document().status()).isEqualTo("REVIEWED");
    assertThat(after.document().pending()).isZero();
    assertThat(queue.documents()).filteredOn(d -> d.id() == id).singleElement()
        .satisfies(d -> assertThat(d.rejected()).isEqualTo(after.entities().size() + after.relations().size()));
    assertThat(sourceExists(id)).isFalse();
  }

  @Test
  void themesAreAcceptedAsCodesAndAnAcceptedThemeRelationAddsTheThemeToTheRecord() {
    DocumentReview review = submitted(memorandum(marker()));
    long id = review.document().id();
    RelationProposal hasTheme = review.relations().stream().filter(r -> r.type().equals("HAS_THEME")
        && r.from().type().equals("AGREEMENT")).findFirst().orElseThrow();
    assertThat(hasTheme.writable()).isFalse();
    EntityProposal theme = hasTheme.to();
    assertThat(theme.themeCode()).isEqualTo("AI");

    queue.acceptTheme(id, theme.id(), null);
    RecordRef agreement = queue.create(id, hasTheme.from().id(), new NewRecord("Intesa di prova " + id, null), false);
    assertThat(agreements.get(agreement.id()).kind()).isEqualTo(AgreementKind.MOU);
    assertThat(agreements.get(agreement.id()).themes()).isEmpty();
    assertThat(queue.acceptRelation(id, hasTheme.id())).isNull();

    assertThat(agreements.get(agreement.id()).themes()).containsExactly("AI");
    DocumentReview after = queue.review(id);
    EntityProposal accepted = after.entities().stream().filter(e -> e.id() == theme.id()).findFirst().orElseThrow();
    assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
    assertThat(accepted.themeCode()).isEqualTo("AI");
    assertThat(after.relations()).filteredOn(r -> r.id() == hasTheme.id())
        .singleElement().extracting(RelationProposal::status).isEqualTo(ProposalStatus.ACCEPTED);
  }

  @Test
  void readsPdfFiles() throws Exception {
    String marker = marker();
    byte[] pdf;
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(50, 700);
        text.showText("Cineca e ART-ER a Bologna " + marker);
        text.endText();
      }
      document.save(out);
      pdf = out.toByteArray();
    }

    SubmitResult result = intake.submit("comunicato.pdf", pdf);

    assertThat(result.isCreated()).isTrue();
    assertThat(queue.review(result.documentId()).entities()).extracting(EntityProposal::text)
        .contains("Cineca", "ART-ER");
  }

  @Test
  void theSameTextSubmittedTwiceIsADuplicate() {
    String text = memorandum(marker());
    SubmitResult first = intake.submitText("Prima", text);
    SubmitResult again = intake.submitText("Seconda", "\uFEFF" + text.replace("\n", "\r\n") + "  \n\n\n");
    SubmitResult asFile = intake.submit("copia.txt", text.getBytes(StandardCharsets.UTF_8));

    assertThat(first.isCreated()).isTrue();
    assertThat(again.outcome()).isEqualTo(SubmitResult.Outcome.DUPLICATE);
    assertThat(again.duplicateOfId()).isEqualTo(first.documentId());
    assertThat(again.reason()).contains("already imported as document " + first.documentId());
    assertThat(asFile.isDuplicate()).isTrue();
    assertThat(queue.documents()).filteredOn(d -> d.id() == first.documentId()).hasSize(1);
  }

  @Test
  void badFilesAreRejectedWithTheReasonAndTheRestOfTheBatchIsRead() {
    byte[] binary = {'C', 'i', 'a', 'o', 0, 1, 2, 3};
    byte[] large = new byte[(int) DocumentIntake.MAX_BYTES + 1];
    Arrays.fill(large, (byte) 'a');
    byte[] latin1 = "Citt\u00e0 di Bologna".getBytes(StandardCharsets.ISO_8859_1);
    byte[] good = ("Cineca e ART-ER insieme " + marker() + "\nCineca e ART-ER hanno presentato a Bologna "
        + "un nuovo servizio per le imprese.").getBytes(StandardCharsets.UTF_8);
    int documentsBefore = queue.documents().size();

    List<SubmitResult> results = intake.submitAll(List.of(
        new Upload("vuoto.txt", new byte[0]),
        new Upload("spazi.txt", "  \n \n".getBytes(StandardCharsets.UTF_8)),
        new Upload("binario.txt", binary),
        new Upload("enorme.txt", large),
        new Upload("latino.txt", latin1),
        new Upload("foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        new Upload("rotto.pdf", "%PDF-1.7 not really a pdf".getBytes(StandardCharsets.US_ASCII)),
        new Upload("buono.txt", good)));

    assertThat(results).extracting(SubmitResult::fileName).containsExactly("vuoto.txt", "spazi.txt", "binario.txt",
        "enorme.txt", "latino.txt", "foto.png", "rotto.pdf", "buono.txt");
    assertThat(results).extracting(SubmitResult::reasonCode).containsExactly("empty", "empty", "binary",
        "too-large", "malformed", "unsupported", "malformed", null);
    assertThat(results.subList(0, 7)).allSatisfy(r -> {
      assertThat(r.isRejected()).isTrue();
      assertThat(r.reason()).startsWith(r.fileName() + ": ");
      assertThat(r.documentId()).isNull();
    });
    assertThat(results.get(3).reason()).contains("too large");
    assertThat(results.get(4).reason()).contains("UTF-8");
    assertThat(results.get(7).isCreated()).isTrue();
    assertThat(queue.documents()).hasSize(documentsBefore + 1);
    assertThat(intake.submitText("vuoto", "   ").reasonCode()).isEqualTo("empty");
  }

  @Test
  void readsHtmlFiles() {
    String marker = marker();
    byte[] html = ("<html><head><title>Ignored</title><script>var x = 1;</script></head><body><h1>Cineca e ART-ER "
        + marker + "</h1><p>Cineca e ART-ER hanno presentato a Bologna un servizio.</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);

    SubmitResult result = intake.submit("notizia.html", html);

    assertThat(result.isCreated()).isTrue();
    assertThat(result.title()).isEqualTo("Cineca e ART-ER " + marker);
    DocumentReview review = queue.review(result.documentId());
    assertThat(review.segments()).noneMatch(s -> s.text().contains("var x"));
    assertThat(review.entities()).extracting(EntityProposal::text).contains("Cineca", "ART-ER");
  }
}
