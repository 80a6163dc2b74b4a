package eu.intercluster.notifications;

/** A rendered mail: recipient address, subject, plain text and HTML alternatives. */
record MailMessage(String to, String subject, String text, String html) {

  /** One line for the log. */
  String summary() {
    return "to=" + to + " subject=\"" + subject + "\"";
  }
}
