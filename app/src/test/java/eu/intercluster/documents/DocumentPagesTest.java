package eu.intercluster.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The Documents pages: paste, upload (plain and htmx), the highlighted text, review actions and who may act. */
@DocumentsIntegration
@WithMockUser(username = "editor", roles = "EDITOR")
class DocumentPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DocumentIntake intake;
  @Autowired ReviewQueue queue;
  @Autowired OrganisationService organisations;
  @Autowired RelationService relations;

  private long cineca() {
    return organisations.search(new OrganisationFilter("Cineca", null, null, null, null), Pageable.ofSize(5))
        .getContent().get(0).id();
  }

  @Test
  void theListOffersPasteAndUploadWithAProgressBarToEditors() throws Exception {
    mvc.perform(get("/documents")).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"paste-form\""), containsString("id=\"upload-form\""),
            containsString("hx-encoding=\"multipart/form-data\""), containsString("id=\"upload-progress\""),
            containsString("htmx:xhr:progress"), containsString("href=\"/documents\""))));
  }

  @Test
  @WithMockUser(username = "viewer", roles = "VIEWER")
  void viewersSeeNoFormsAndCannotChangeAnything() throws Exception {
    SubmitResult doc = intake.submitText(null, DocumentReviewTest.memorandum(DocumentReviewTest.marker()));
    EntityProposal cinecaProposal = queue.review(doc.documentId()).entities().stream()
        .filter(e -> e.text().equals("Cineca")).findFirst().orElseThrow();

    mvc.perform(get("/documents")).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"paste-form\""))));
    mvc.perform(get("/documents/" + doc.documentId())).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Cineca"), not(containsString("class=\"mb-2 link-form\"")))));
    mvc.perform(post("/documents/{d}/entities/{e}/link", doc.documentId(), cinecaProposal.id())
            .param("record", "ORGANISATION:" + cineca()).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/documents/{d}/entities/{e}/reject", doc.documentId(), cinecaProposal.id()).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/documents/text").param("text", "Cineca " + DocumentReviewTest.marker()).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(queue.review(doc.documentId()).entities()).allSatisfy(e ->
        assertThat(e.status()).isEqualTo(ProposalStatus.PENDING));
  }

  @Test
  void pastingATextOpensItsReviewWithTheEntitiesHighlightedAndTheHtmlEscaped() throws Exception {
    String text = "Cineca e ART-ER " + DocumentReviewTest.marker() + "\nCineca e ART-ER hanno presentato a Bologna "
        + "<script>alert('x')</script> un servizio per le imprese & le scuole.";
    MvcResult posted = mvc.perform(post("/documents/text").param("title", "Servizio <b>nuovo</b>").param("text", text)
            .with(csrf()))
        .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/documents/*"))
        .andExpect(flash().attributeExists("flash")).andReturn();
    String page = posted.getResponse().getRedirectedUrl();

    String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert(")
        .contains("Servizio &lt;b&gt;nuovo&lt;/b&gt;").doesNotContain("<b>nuovo</b>")
        .contains("&amp; le scuole")
        .containsPattern("<mark class=\"ent ent-ORG ent-PENDING\"[^>]*data-entity=\"O\\d+\"[^>]*>Cineca</mark>")
        .containsPattern("<mark class=\"ent ent-PLACE ent-PENDING\"[^>]*>Bologna</mark>")
        .contains("id=\"legend\"", "Accept and link", "Create and accept", "Reject");
  }

  @Test
  void uploadingABatchListsEachFileWithItsOutcome() throws Exception {
    byte[] good = ("Cineca e ART-ER " + DocumentReviewTest.marker() + "\nCineca e ART-ER a Bologna.")
        .getBytes(StandardCharsets.UTF_8);
    MockMultipartFile goodFile = new MockMultipartFile("files", "buono.txt", "text/plain", good);
    MockMultipartFile empty = new MockMultipartFile("files", "vuoto.txt", "text/plain", new byte[0]);
    MockMultipartFile binary = new MockMultipartFile("files", "binario.txt", "text/plain", new byte[] {'a', 0, 'b'});

    mvc.perform(multipart("/documents/upload").file(empty).file(binary).file(goodFile).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("vuoto.txt"), containsString("rejected, empty"),
            containsString("binario.txt"), containsString("rejected, not text"), containsString("buono.txt"),
            containsString("read, ready for review"), containsString("data-outcome=\"CREATED\""))));

    // The same file again, through htmx: only the results and the refreshed table come back.
    mvc.perform(multipart("/documents/upload").file(goodFile).header("HX-Request", "true").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("already imported as document"),
            containsString("data-outcome=\"DUPLICATE\""), containsString("hx-swap-oob=\"true\""),
            not(containsString("<nav")))));
  }

  @Test
  void aSigningReadsFromTheAgreementAsSignedBy() throws Exception {
    String text = "Intesa firmata " + DocumentReviewTest.marker()
        + "\nBologna, 3 marzo 2026 - La Regione Emilia-Romagna e il Cineca hanno firmato oggi un protocollo d'intesa.";
    String page = mvc.perform(post("/documents/text").param("title", "Intesa").param("text", text).with(csrf()))
        .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

    String html = mvc.perform(get(page).param("lang", "it")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();

    assertThat(html).containsPattern("protocollo d&#39;intesa</a>\\s*<span class=\"text-muted\">firmato da</span>")
        .doesNotContain(">ha firmato<");
  }

  @Test
  void kindAndStatusLabelsAreShownInThePageLanguage() throws Exception {
    String text = "Notizia da Bologna " + DocumentReviewTest.marker()
        + "\nBologna, 3 marzo 2026 - La Regione Emilia-Romagna e il Cineca hanno firmato oggi un protocollo d'intesa.";
    String page = mvc.perform(post("/documents/text").param("title", "Notizia").param("text", text).with(csrf()))
        .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

    String italian = mvc.perform(get(page).param("lang", "it")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    String english = mvc.perform(get(page).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();

    assertThat(italian).containsPattern(">tipo</dt>\\s*<dd[^>]*>città</dd>")
        .containsPattern(">stato</dt>\\s*<dd[^>]*>firmato</dd>")
        .containsPattern(">tipo</dt>\\s*<dd[^>]*>protocollo d&#39;intesa</dd>")
        .doesNotContain(">city</dd>");
    assertThat(english).containsPattern(">kind</dt>\\s*<dd[^>]*>city</dd>");
  }

  @Test
  void italianPagesUseItalianLabels() throws Exception {
    mvc.perform(get("/documents").param("lang", "it")).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Incolla un testo"), containsString("Carica file"),
            containsString(">Documenti<"))));
  }

  @Test
  void reviewActionsArePlainFormsThatRedirectBackToTheItem() throws Exception {
    SubmitResult doc = intake.submitText(null, DocumentReviewTest.memorandum(DocumentReviewTest.marker()));
    long id = doc.documentId();
    DocumentReview review = queue.review(id);
    EntityProposal cinecaProposal = review.entities().stream().filter(e -> e.text().equals("Cineca")).findFirst()
        .orElseThrow();
    EntityProposal agreement = review.entities().stream().filter(e -> e.type().equals("AGREEMENT")).findFirst()
        .orElseThrow();
    RelationProposal involves = review.relations().stream()
        .filter(r -> r.type().equals("INVOLVES") && r.to().id() == cinecaProposal.id()).findFirst().orElseThrow();
    int before = relations.touching(RecordKind.ORGANISATION, cineca()).size();

    mvc.perform(post("/documents/{d}/relations/{r}/accept", id, involves.id()).with(csrf()))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/documents/" + id + "#relation-" + involves.id()))
        .andExpect(flash().attributeExists("problem"));
    mvc.perform(post("/documents/{d}/entities/{e}/link", id, cinecaProposal.id())
            .param("record", "ORGANISATION:" + cineca()).with(csrf()))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/documents/" + id + "#entity-" + cinecaProposal.id()))
        .andExpect(flash().attribute("flash", "Accepted and linked to Cineca."));
    mvc.perform(post("/documents/{d}/entities/{e}/create", id, agreement.id())
            .param("name", "Memorandum di prova " + id).param("subkind", "MOU").with(csrf()))
        .andExpect(status().isFound()).andExpect(flash().attributeExists("flash"));
    mvc.perform(post("/documents/{d}/relations/{r}/accept", id, involves.id()).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("flash", "Relation written to the map, with this document as its source."));

    assertThat(relations.touching(RecordKind.ORGANISATION, cineca())).hasSize(before + 1)
        .anySatisfy(r -> {
          assertThat(r.source().key()).isEqualTo("doc-" + id);
          assertThat(r.quote()).contains("Cineca");
        });
    mvc.perform(get("/documents/" + id)).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("ent-ACCEPTED"), containsString("Accepted as"))));
    mvc.perform(post("/documents/{d}/entities/{e}/link", id, cinecaProposal.id()).param("record", "nonsense")
            .with(csrf()))
        .andExpect(status().isFound()).andExpect(flash().attributeExists("problem"));
    mvc.perform(get("/documents/999999")).andExpect(status().isNotFound());
    mvc.perform(get("/documents/new")).andExpect(status().isNotFound())
        .andExpect(content().string(containsString("<title>")));
  }
}
