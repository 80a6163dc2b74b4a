package eu.intercluster.documents;

import java.util.List;

/**
 * Reads news and press releases into proposals for review. Empty, binary, oversized, unsupported
 * and malformed input is rejected with a message naming the file and the reason; the same body
 * (after normalisation) submitted twice is reported as a duplicate. Nothing is written to the map.
 */
public interface DocumentIntake {

  /** Largest accepted file or text, in bytes (2 MB). */
  long MAX_BYTES = 2L * 1024 * 1024;

  /** A .txt (UTF-8), .html or .pdf file. */
  SubmitResult submit(String fileName, byte[] bytes);

  /** Pasted text; the title is optional (the first line is used when blank). */
  SubmitResult submitText(String title, String text);

  /** One result per file, in order; a bad file does not stop the others. */
  List<SubmitResult> submitAll(List<Upload> uploads);
}
