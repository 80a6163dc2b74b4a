package eu.intercluster.notifications;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a mail's content with {@code templates/mail/message.html} and its plain-text twin. The
 * templates get plain strings, lists and maps (SpEL does not reach into this package's types).
 */
@Component
class MailRenderer {

  private final ITemplateEngine templates;

  MailRenderer(ITemplateEngine templates) {
    this.templates = templates;
  }

  MailMessage render(Recipient recipient, MailContent content) {
    Context context = new Context(recipient.locale());
    context.setVariable("name", recipient.participant().fullName());
    context.setVariable("eventTitle", recipient.event().title());
    context.setVariable("subject", content.subject());
    context.setVariable("paragraphs", content.paragraphs());
    context.setVariable("agendaTitle", content.agendaTitle());
    context.setVariable("agenda", content.agenda());
    context.setVariable("notes", content.notes());
    context.setVariable("links", content.links().stream()
        .map(link -> Map.of("label", link.label(), "url", link.url())).toList());
    String html = templates.process(new TemplateSpec("mail/message.html", TemplateMode.HTML), context);
    String text = templates.process(new TemplateSpec("mail/message.txt", TemplateMode.TEXT), context);
    return new MailMessage(recipient.participant().email(), content.subject(), text, html);
  }
}
