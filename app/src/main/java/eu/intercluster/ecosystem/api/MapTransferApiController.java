package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.ImportReport;
import eu.intercluster.ecosystem.MapDocument;
import eu.intercluster.ecosystem.MapTransfer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The whole map as one JSON document ({@code docs/map-format.md}) and organisations as CSV, out and
 * in. Imports are all-or-nothing: any problem answers 422 listing every problem (JSON path or CSV
 * line) and nothing is written.
 */
@RestController
@Tag(name = OpenApiConfiguration.TAG_TRANSFER)
class MapTransferApiController {

  static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final String MAP_FILE = "intercluster-map.json";
  static final String CSV_FILE = "organisations.csv";

  static final String MAP_IMPORT = """
      Validates the whole document, then creates or updates records matched by key and adds relations, \
      in one transaction. Any problem answers 422 with `errors` naming every JSON path \
      (`$.organisations[3].kind`) and reason (a syntax error with its line and column), and nothing is \
      written. Send the document as the JSON body, or upload it as multipart/form-data part `file`.""";

  static final String CSV_IMPORT = """
      The CSV of the export (same header; aliases and themes separated by '|'; UTF-8 unless the \
      Content-Type names another charset; a byte order mark is ignored). Rows are matched by key. Any problem \
      answers 422 with `errors` naming every line and reason, and nothing is written. Send the CSV as a \
      text/csv body, or upload it as multipart/form-data part `file`.""";

  /** The documented request body of a map import: JSON, or a file upload. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.PARAMETER, ElementType.METHOD})
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = MapDocument.class)),
      @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object"),
          schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary",
              description = "The map document (.json)")))})
  @interface MapUpload {}

  /** The documented request body of a CSV import: text/csv, or a file upload. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.PARAMETER, ElementType.METHOD})
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
      @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object"),
          schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary",
              description = "The organisations CSV file")))})
  @interface CsvUpload {}

  private final MapTransfer transfer;

  MapTransferApiController(MapTransfer transfer) {
    this.transfer = transfer;
  }

  @GetMapping(path = ApiPaths.BASE + "/map", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Export the whole map", description = "The map exchange document (format intercluster-map, version 1) as an attachment intercluster-map.json.")
  ResponseEntity<MapDocument> exportMap() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(MAP_FILE).build().toString())
        .body(transfer.exportMap());
  }

  @PostMapping(path = ApiPaths.BASE + "/map", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Import a map document", description = MAP_IMPORT)
  ImportReport importMap(@MapUpload @RequestBody byte[] body) {
    return transfer.importJson(new ByteArrayInputStream(body));
  }

  @PostMapping(path = ApiPaths.BASE + "/map", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Import a map document", description = MAP_IMPORT)
  ImportReport importMapFile(@MapUpload @RequestPart("file") MultipartFile file) throws IOException {
    requireContent(file);
    try (InputStream in = file.getInputStream()) {
      return transfer.importJson(in);
    }
  }

  @GetMapping(path = ApiPaths.BASE + "/organisations.csv", produces = "text/csv")
  @Tag(name = OpenApiConfiguration.TAG_ORGANISATIONS)
  @Operation(summary = "Export organisations as CSV", description = """
      UTF-8 CSV with the header key,name,acronym,aliases,kind,country,region,city,website,description,themes \
      (aliases and themes separated by '|'), as an attachment organisations.csv.""")
  @ApiResponse(responseCode = "200", description = "The organisations, one per row after the header",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  ResponseEntity<byte[]> exportCsv() {
    StringWriter out = new StringWriter();
    transfer.exportOrganisationsCsv(out);
    return ResponseEntity.ok()
        .contentType(TEXT_CSV_UTF8)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(CSV_FILE).build().toString())
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping(path = ApiPaths.BASE + "/organisations.csv", consumes = "text/csv")
  @Tag(name = OpenApiConfiguration.TAG_ORGANISATIONS)
  @Operation(summary = "Import organisations from CSV", description = CSV_IMPORT)
  ImportReport importCsv(@CsvUpload HttpEntity<byte[]> request) throws IOException {
    byte[] body = request.getBody();
    if (body == null || body.length == 0) {
      throw new BadParameterException("body", "the CSV is empty: send the header row and one row per organisation");
    }
    MediaType type = request.getHeaders().getContentType();
    Charset charset = type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
    return importCsv(new ByteArrayInputStream(body), charset);
  }

  @PostMapping(path = ApiPaths.BASE + "/organisations.csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Tag(name = OpenApiConfiguration.TAG_ORGANISATIONS)
  @Operation(summary = "Import organisations from CSV", description = CSV_IMPORT)
  ImportReport importCsvFile(@CsvUpload @RequestPart("file") MultipartFile file) throws IOException {
    requireContent(file);
    try (InputStream in = file.getInputStream()) {
      return importCsv(in, StandardCharsets.UTF_8);
    }
  }

  private ImportReport importCsv(InputStream in, Charset charset) throws IOException {
    try (Reader reader = new InputStreamReader(withoutByteOrderMark(in), charset)) {
      return transfer.importOrganisationsCsv(reader);
    }
  }

  /** Spreadsheets often start UTF-8 CSV with a byte order mark, which would spoil the first header. */
  static InputStream withoutByteOrderMark(InputStream in) throws IOException {
    java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 3);
    byte[] head = pushback.readNBytes(3);
    boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    if (!bom && head.length > 0) {
      pushback.unread(head);
    }
    return pushback;
  }

  private static void requireContent(MultipartFile file) {
    if (file.isEmpty()) {
      throw new BadParameterException("file", "the uploaded file '" + file.getOriginalFilename() + "' is empty");
    }
  }
}
