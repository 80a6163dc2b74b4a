package eu.intercluster.extraction.io;

/** A file that cannot be read as an article, with the file and the reason in the message. */
public final class InputRejected extends Exception {
  public InputRejected(String file, String reason) {
    super(file + ": " + reason);
  }
}
