package eu.intercluster.notifications;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A mail GreenMail received, decoded: recipients, subject, plain text and HTML parts. */
record ReceivedMail(List<String> to, String from, String subject, String text, String html) {

  static ReceivedMail of(MimeMessage message) {
    try {
      return new ReceivedMail(
          Arrays.stream(message.getAllRecipients()).map(Address::toString).toList(),
          message.getFrom()[0].toString(),
          message.getSubject(),
          part(message, "text/plain"),
          part(message, "text/html"));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
