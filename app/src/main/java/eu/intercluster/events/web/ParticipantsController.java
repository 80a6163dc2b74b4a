package eu.intercluster.events.web;

import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventSetup;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.Registrations;
import eu.intercluster.system.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' page of registrations: validate (settling the organisation), reject, delegation. */
@Controller
@RequestMapping("/events/{id}/participants")
class ParticipantsController {

  private final EventDirectory directory;
  private final EventSetup setup;
  private final Registrations registrations;
  private final EventPageSupport pages;

  ParticipantsController(EventDirectory directory, EventSetup setup, Registrations registrations,
      EventPageSupport pages) {
    this.directory = directory;
    this.setup = setup;
    this.registrations = registrations;
    this.pages = pages;
  }

  @GetMapping
  String list(@PathVariable long id, Model model) {
    pages.requireOrganiser(id);
    List<ParticipantView> participants = directory.participants(id);
    Map<Long, List<RecordRef>> candidates = new LinkedHashMap<>();
    participants.stream().filter(p -> p.organisationId() == null)
        .forEach(p -> candidates.put(p.id(), registrations.organisationCandidates(p.id())));
    model.addAttribute("event", directory.event(id));
    model.addAttribute("details", setup.details(id));
    model.addAttribute("participants", participants);
    model.addAttribute("candidates", candidates);
    return "events/participants";
  }

  /**
   * @param link empty to keep the matched organisation, an organisation id to link, or
   *     {@code create} to create the typed organisation in the map
   */
  @PostMapping("/{participantId}/validate")
  String validate(@PathVariable long id, @PathVariable long participantId,
      @RequestParam(required = false) String link, RedirectAttributes redirect) {
    ParticipantView participant = participantOf(id, participantId);
    boolean create = "create".equals(link);
    Long organisationId = null;
    if (!create && link != null && !link.isBlank()) {
      organisationId = new FormValues().id("organisationId", link);
    }
    try {
      registrations.validate(participant.id(), organisationId, create);
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("problem", invalid.getMessage());
    }
    return "redirect:/events/" + id + "/participants#participant-" + participantId;
  }

  @PostMapping("/{participantId}/reject")
  String reject(@PathVariable long id, @PathVariable long participantId,
      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
    ParticipantView participant = participantOf(id, participantId);
    try {
      registrations.reject(participant.id(), reason);
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("problem", invalid.getMessage());
    }
    return "redirect:/events/" + id + "/participants#participant-" + participantId;
  }

  @PostMapping("/{participantId}/delegate")
  String delegate(@PathVariable long id, @PathVariable long participantId,
      @RequestParam(defaultValue = "false") boolean delegate) {
    registrations.setDelegate(participantOf(id, participantId).id(), delegate);
    return "redirect:/events/" + id + "/participants#participant-" + participantId;
  }

  /** The participant, refusing a participant id of another event in this event's address. */
  private ParticipantView participantOf(long eventId, long participantId) {
    pages.requireOrganiser(eventId);
    ParticipantView participant = directory.participant(participantId);
    if (participant.eventId() != eventId) {
      throw new eu.intercluster.system.NotFoundException("Participant", participantId);
    }
    return participant;
  }
}
