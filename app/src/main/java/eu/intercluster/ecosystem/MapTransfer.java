package eu.intercluster.ecosystem;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;

/** Export and all-or-nothing import of the whole map (JSON) and of organisations (CSV). */
public interface MapTransfer {

  MapDocument exportMap();

  /**
   * Validates the whole document, then writes it in one transaction; records are matched by key.
   * @throws eu.intercluster.system.InvalidInputException listing every problem with its JSON
   *     path ({@code $.organisations[3].kind}); nothing has been written
   */
  ImportReport importMap(MapDocument document);

  /** Parses JSON (reporting line and column of a syntax error) and imports it. */
  ImportReport importJson(InputStream json);

  void writeJson(OutputStream out);

  /** Organisations as CSV with a header row: key,name,acronym,aliases,kind,country,region,city,website,description,themes. */
  void exportOrganisationsCsv(Writer out);

  /**
   * Imports organisations from CSV with that header (aliases and themes separated by '|');
   * every problem is reported with its line number and nothing is written if there is any.
   */
  ImportReport importOrganisationsCsv(Reader csv);

  /** True when the map holds no organisation yet (first start). */
  boolean isEmpty();
}
