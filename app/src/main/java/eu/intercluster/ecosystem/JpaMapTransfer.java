package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.Organisation;
import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.SourceDocumentRepository;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.JsonPaths;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class JpaMapTransfer implements MapTransfer {

  private final MapImporter importer;
  private final MapExporter exporter;
  private final KeyIndex keyIndex;
  private final SourceDocumentRepository sources;
  private final OrganisationRepository organisations;
  private final ThemeCatalogue themes;
  private final JsonMapper json;

  JpaMapTransfer(MapImporter importer, MapExporter exporter, KeyIndex keyIndex, SourceDocumentRepository sources,
      OrganisationRepository organisations, ThemeCatalogue themes, JsonMapper json) {
    this.importer = importer;
    this.exporter = exporter;
    this.keyIndex = keyIndex;
    this.sources = sources;
    this.organisations = organisations;
    this.themes = themes;
    this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  @Override
  public MapDocument exportMap() {
    return exporter.export();
  }

  @Override
  @Transactional
  public ImportReport importMap(MapDocument document) {
    List<FieldProblem> problems = validate(document);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The file has " + problems.size() + " problem(s); nothing was imported. First: "
          + problems.get(0).field() + ": " + problems.get(0).message(), problems);
    }
    return importer.write(document);
  }

  List<FieldProblem> validate(MapDocument document) {
    return new MapDocumentValidator(keyIndex::kindOf, key -> sources.findByRecordKey(key).isPresent(), themes)
        .validate(document);
  }

  @Override
  @Transactional
  public ImportReport importJson(InputStream in) {
    return importMap(parse(in));
  }

  /** Reads a map document, naming the line and column, or the JSON path, of the first error. */
  MapDocument parse(InputStream in) {
    try {
      MapDocument document = json.readValue(in, MapDocument.class);
      if (document == null) {
        throw new InvalidInputException("$", "the file is empty");
      }
      return document;
    } catch (DatabindException e) {
      String path = JsonPaths.of(e);
      throw new InvalidInputException(path + ": " + e.getOriginalMessage() + where(e.getLocation()),
          List.of(new FieldProblem(path, e.getOriginalMessage() + where(e.getLocation()))));
    } catch (JacksonException e) {
      String message = "not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage();
      throw new InvalidInputException("$", message);
    }
  }

  private static String where(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  @Override
  public void writeJson(OutputStream out) {
    json.writeValue(out, exportMap());
  }

  @Override
  public void exportOrganisationsCsv(Writer out) {
    OrganisationCsv.write(exporter.export().organisations(), out);
  }

  @Override
  @Transactional
  public ImportReport importOrganisationsCsv(Reader csv) {
    List<MapDocument.OrganisationRecord> rows = withKeys(OrganisationCsv.read(csv));
    MapDocument document = new MapDocument(MapDocument.FORMAT, MapDocument.VERSION, null, null, rows, null, null,
        null, null, null);
    List<FieldProblem> problems = validate(document).stream().map(OrganisationCsv::toLine).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The CSV has " + problems.size() + " problem(s); nothing was imported. First: "
          + problems.get(0).field() + ": " + problems.get(0).message(), problems);
    }
    return importer.write(document);
  }

  /** Rows without a key update the organisation of the same name, or get a new key from their name. */
  private List<MapDocument.OrganisationRecord> withKeys(List<MapDocument.OrganisationRecord> rows) {
    Set<String> taken = new HashSet<>();
    List<MapDocument.OrganisationRecord> keyed = new ArrayList<>();
    for (var r : rows) {
      String key = r.key();
      if ((key == null || key.isBlank()) && r.name() != null) {
        String normalised = SearchText.normalise(r.name());
        key = organisations.findBySearchTextContaining(normalised).stream()
            .filter(o -> SearchText.normalise(o.getName()).equals(normalised)).map(Organisation::getRecordKey)
            .findFirst().orElse(null);
        if (key == null) {
          String base = "org-" + SearchText.compact(r.name());
          base = base.length() > 100 ? base.substring(0, 100) : base;
          key = base;
          for (int i = 2; taken.contains(key) || keyIndex.find(key).isPresent(); i++) {
            key = base + "-" + i;
          }
        }
      }
      taken.add(key);
      keyed.add(new MapDocument.OrganisationRecord(key, r.name(), r.acronym(), r.aliases(), r.kind(), r.country(),
          r.region(), r.city(), r.website(), r.description(), r.themes()));
    }
    return keyed;
  }

  @Override
  public boolean isEmpty() {
    return organisations.count() == 0;
  }
}
