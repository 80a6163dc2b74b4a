package eu.intercluster.notifications;

import java.util.ArrayList;
import java.util.List;

/**
 * What one mail says, already in the recipient's language: the subject, paragraphs, an optional
 * agenda (a title and one line per meeting), notes after it, and links. The templates give it its
 * form.
 */
record MailContent(String subject, List<String> paragraphs, String agendaTitle, List<String> agenda,
    List<String> notes, List<MailLink> links) {

  MailContent {
    paragraphs = List.copyOf(paragraphs);
    agenda = List.copyOf(agenda);
    notes = List.copyOf(notes);
    links = List.copyOf(links);
  }

  static Builder subject(String subject) {
    return new Builder(subject);
  }

  /** A labelled absolute link. */
  record MailLink(String label, String url) {}

  static final class Builder {
    private final String subject;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<MailLink> links = new ArrayList<>();
    private String agendaTitle;
    private List<String> agenda = List.of();

    private Builder(String subject) {
      this.subject = subject;
    }

    Builder paragraph(String text) {
      if (text != null && !text.isBlank()) {
        paragraphs.add(text);
      }
      return this;
    }

    Builder agenda(String title, List<String> lines) {
      this.agendaTitle = title;
      this.agenda = lines;
      return this;
    }

    /** A paragraph after the agenda. */
    Builder note(String text) {
      notes.add(text);
      return this;
    }

    Builder link(MailLink link) {
      links.add(link);
      return this;
    }

    MailContent build() {
      return new MailContent(subject, paragraphs, agendaTitle, agenda, notes, links);
    }
  }
}
