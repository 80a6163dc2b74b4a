package eu.intercluster.documents;

/**
 * What happened to one submitted file or text: a new document awaiting review, a duplicate of a
 * document already imported (nothing stored), or rejected with the reason (nothing stored).
 *
 * @param reasonCode for rejections, a message key suffix ({@code empty}, {@code binary}, {@code too-large},
 *     {@code unsupported}, {@code malformed}, {@code failed}); {@code reason} says it in English with the detail
 */
public record SubmitResult(String fileName, Outcome outcome, Long documentId, String title, Long duplicateOfId,
    String duplicateOfTitle, String reasonCode, String reason) {

  public enum Outcome {
    CREATED, DUPLICATE, REJECTED
  }

  public static SubmitResult created(String fileName, long id, String title) {
    return new SubmitResult(fileName, Outcome.CREATED, id, title, null, null, null, null);
  }

  public static SubmitResult duplicate(String fileName, long existingId, String existingTitle) {
    return new SubmitResult(fileName, Outcome.DUPLICATE, null, null, existingId, existingTitle, "duplicate",
        fileName + ": already imported as document " + existingId + " (" + existingTitle + ")");
  }

  public static SubmitResult rejected(String fileName, String code, String detail) {
    return new SubmitResult(fileName, Outcome.REJECTED, null, null, null, null, code, fileName + ": " + detail);
  }

  public boolean isCreated() {
    return outcome == Outcome.CREATED;
  }

  public boolean isDuplicate() {
    return outcome == Outcome.DUPLICATE;
  }

  public boolean isRejected() {
    return outcome == Outcome.REJECTED;
  }

  /** The detail after "file: ", for showing next to the file name. */
  public String detail() {
    if (reason == null) {
      return null;
    }
    String prefix = fileName + ": ";
    return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
  }
}
