package eu.intercluster.ecosystem.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.ImportReport;
import eu.intercluster.ecosystem.MapDocument;
import eu.intercluster.ecosystem.MapTransfer;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = MapTransferApiController.class)
@WithMockUser(roles = "EDITOR")
class MapTransferApiControllerTest {

  static final String CSV_HEADER = "key,name,acronym,aliases,kind,country,region,city,website,description,themes";
  static final ImportReport REPORT = new ImportReport(Map.of("organisations", 2), Map.of("organisations", 1), 3);

  @Autowired MockMvc mvc;
  @MockitoBean MapTransfer transfer;

  @Test
  void exportsTheMapAsAnAttachment() throws Exception {
    when(transfer.exportMap()).thenReturn(new MapDocument(MapDocument.FORMAT, MapDocument.VERSION, null, null,
        List.of(new MapDocument.OrganisationRecord("org-cineca", "Cineca", null, List.of(), "CONSORTIUM", "Italy",
            "Emilia-Romagna", "Bologna", null, null, Set.of("HPC"))),
        null, null, null, null, null));

    mvc.perform(get("/api/v1/map"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(header().string("Content-Disposition", containsString("filename=\"intercluster-map.json\"")))
        .andExpect(jsonPath("$.format").value("intercluster-map"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.organisations[0].key").value("org-cineca"))
        .andExpect(jsonPath("$.organisations[0].themes[0]").value("HPC"))
        .andExpect(jsonPath("$.relations", hasSize(0)));
  }

  @Test
  void importsAJsonBodyAndAnswersTheReport() throws Exception {
    AtomicReference<String> received = new AtomicReference<>();
    when(transfer.importJson(any())).thenAnswer(call -> {
      received.set(new String(call.getArgument(0, InputStream.class).readAllBytes(), StandardCharsets.UTF_8));
      return REPORT;
    });
    String document = "{\"format\": \"intercluster-map\", \"version\": 1, \"organisations\": []}";

    mvc.perform(post("/api/v1/map").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(document))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created.organisations").value(2))
        .andExpect(jsonPath("$.updated.organisations").value(1))
        .andExpect(jsonPath("$.relationsAdded").value(3));
    assertThat(received.get()).isEqualTo(document);
  }

  @Test
  void rejectedMapImportIsA422WithEveryJsonPath() throws Exception {
    when(transfer.importJson(any())).thenThrow(new InvalidInputException("The map has 2 problems; nothing was imported",
        List.of(new FieldProblem("$.organisations[3].kind", "must be one of the organisation kinds, was 'SPACESHIP'"),
            new FieldProblem("$.relations[0].to", "no record has the key 'org-nowhere'"))));

    mvc.perform(post("/api/v1/map").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors", hasSize(2)))
        .andExpect(jsonPath("$.errors[0].field").value("$.organisations[3].kind"))
        .andExpect(jsonPath("$.errors[1].field").value("$.relations[0].to"))
        .andExpect(jsonPath("$.errors[1].message", containsString("org-nowhere")));
  }

  @Test
  void importsAMapUploadedAsMultipartFile() throws Exception {
    AtomicReference<String> received = new AtomicReference<>();
    when(transfer.importJson(any())).thenAnswer(call -> {
      received.set(new String(call.getArgument(0, InputStream.class).readAllBytes(), StandardCharsets.UTF_8));
      return REPORT;
    });

    mvc.perform(multipart("/api/v1/map").file(new MockMultipartFile("file", "map.json", "application/json",
            "{\"format\": \"intercluster-map\"}".getBytes(StandardCharsets.UTF_8))).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.relationsAdded").value(3));
    assertThat(received.get()).isEqualTo("{\"format\": \"intercluster-map\"}");
  }

  @Test
  void uploadWithoutFilePartOrWithEmptyFileIsA400NamingFile() throws Exception {
    mvc.perform(multipart("/api/v1/map").file(new MockMultipartFile("document", "map.json", "application/json",
            "{}".getBytes(StandardCharsets.UTF_8))).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(multipart("/api/v1/map").file(new MockMultipartFile("file", "map.json", "application/json",
            new byte[0])).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].message", containsString("empty")));
    verifyNoInteractions(transfer);
  }

  @Test
  void exportsOrganisationsAsCsvWithHeaderAndRows() throws Exception {
    doAnswer(call -> {
      Writer out = call.getArgument(0);
      out.write(CSV_HEADER + "\n");
      out.write("org-cineca,Cineca,,Consorzio Cineca,CONSORTIUM,Italy,Emilia-Romagna,Bologna,,,HPC|AI\n");
      out.write("org-crim,Centre de recherche informatique de Montréal,CRIM,,RESEARCH_CENTRE,Canada,Québec,Montréal,,,AI\n");
      return null;
    }).when(transfer).exportOrganisationsCsv(any());

    String csv = mvc.perform(get("/api/v1/organisations.csv"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(header().string("Content-Type", containsString("UTF-8")))
        .andExpect(header().string("Content-Disposition", containsString("filename=\"organisations.csv\"")))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo(CSV_HEADER);
    assertThat(lines.get(1)).startsWith("org-cineca,Cineca,");
    assertThat(lines.get(2)).contains("Montréal");
  }

  @Test
  void importsCsvBodyInUtf8WithoutByteOrderMark() throws Exception {
    AtomicReference<String> received = new AtomicReference<>();
    when(transfer.importOrganisationsCsv(any())).thenAnswer(call -> {
      java.io.StringWriter text = new java.io.StringWriter();
      call.getArgument(0, Reader.class).transferTo(text);
      received.set(text.toString());
      return REPORT;
    });
    String csv = CSV_HEADER + "\norg-crim,CRIM,,,RESEARCH_CENTRE,Canada,Québec,Montréal,,,AI\n";
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv.getBytes(StandardCharsets.UTF_8));

    mvc.perform(post("/api/v1/organisations.csv").with(csrf()).contentType("text/csv").content(withBom))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created.organisations").value(2));
    assertThat(received.get()).isEqualTo(csv);
  }

  @Test
  void importsCsvUploadedAsMultipartFile() throws Exception {
    AtomicReference<String> received = new AtomicReference<>();
    when(transfer.importOrganisationsCsv(any())).thenAnswer(call -> {
      java.io.StringWriter text = new java.io.StringWriter();
      call.getArgument(0, Reader.class).transferTo(text);
      received.set(text.toString());
      return REPORT;
    });

    mvc.perform(multipart("/api/v1/organisations.csv").file(new MockMultipartFile("file", "orgs.csv", "text/csv",
            (CSV_HEADER + "\n").getBytes(StandardCharsets.UTF_8))).with(csrf()))
        .andExpect(status().isOk());
    assertThat(received.get()).isEqualTo(CSV_HEADER + "\n");
    verify(transfer).importOrganisationsCsv(any());
  }

  @Test
  void rejectedCsvImportIsA422WithLineNumbers() throws Exception {
    when(transfer.importOrganisationsCsv(any())).thenThrow(new InvalidInputException(
        "The CSV has 2 problems; nothing was imported",
        List.of(new FieldProblem("line 3", "kind: must be one of the organisation kinds, was 'SPACESHIP'"),
            new FieldProblem("line 7", "name: must not be blank"))));

    mvc.perform(post("/api/v1/organisations.csv").with(csrf()).contentType("text/csv").content(CSV_HEADER + "\n,,,"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("line 3"))
        .andExpect(jsonPath("$.errors[1].field").value("line 7"));
  }

  @Test
  void emptyCsvIsA400() throws Exception {
    mvc.perform(post("/api/v1/organisations.csv").with(csrf()).contentType("text/csv").content(new byte[0]))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").exists());
    verifyNoInteractions(transfer);
  }

  @Test
  void changesNeedTheCsrfTokenOfASession() throws Exception {
    mvc.perform(post("/api/v1/map").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(transfer);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
