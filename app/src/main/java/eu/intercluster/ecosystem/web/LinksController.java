package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.MapLinks;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RegionLink;
import eu.intercluster.ecosystem.RelationType;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /links?region=Québec&other=Emilia-Romagna}: which organisations of one region are linked
 * to another region, and through which agreement or activity.
 */
@Controller
class LinksController {

  private final MapLinks links;
  private final OrganisationService organisations;
  private final MessageSource messages;

  LinksController(MapLinks links, OrganisationService organisations, MessageSource messages) {
    this.links = links;
    this.organisations = organisations;
    this.messages = messages;
  }

  @GetMapping("/links")
  String links(@RequestParam(required = false) String region,
      @RequestParam(required = false) String other, Model model, Locale locale) {
    String from = region == null ? "" : region.strip();
    String to = other == null ? "" : other.strip();
    model.addAttribute("region", from);
    model.addAttribute("other", to);
    TreeSet<String> places = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    places.addAll(organisations.countries());
    places.addAll(organisations.regions());
    model.addAttribute("places", List.copyOf(places));
    boolean asked = !from.isEmpty() && !to.isEmpty();
    model.addAttribute("asked", asked);
    if (asked) {
      model.addAttribute("rows", links.between(from, to).stream()
          .map(link -> new LinkRow(link, how(link.how(), locale))).toList());
    }
    return "ecosystem/links";
  }

  /** The "how" of a direct relation: a relation type is translated, other text shown as written. */
  private String how(String how, Locale locale) {
    if (how == null || how.isBlank()) {
      return null;
    }
    try {
      RelationType type = RelationType.valueOf(how.strip().toUpperCase(Locale.ROOT));
      return messages.getMessage("enum.RelationType." + type.name(), null, how, locale);
    } catch (IllegalArgumentException notAType) {
      return how;
    }
  }

  /** A link with its "how" in the reader's language. */
  record LinkRow(RegionLink link, String how) {}
}
