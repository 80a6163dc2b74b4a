package eu.intercluster.events;

import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.EventRepository;
import eu.intercluster.events.persistence.OpportunityEntity;
import eu.intercluster.events.persistence.OpportunityRepository;
import eu.intercluster.events.persistence.ParticipantEntity;
import eu.intercluster.events.persistence.ParticipantRepository;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.NotFoundException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service("eventsJpaMarketplace")
@Transactional(readOnly = true)
class JpaMarketplace implements Marketplace {

  private final EventRepository events;
  private final ParticipantRepository participants;
  private final OpportunityRepository opportunities;
  private final ThemeCatalogue themes;
  private final EventGuard access;

  JpaMarketplace(EventRepository events, ParticipantRepository participants, OpportunityRepository opportunities,
      ThemeCatalogue themes, EventGuard access) {
    this.events = events;
    this.participants = participants;
    this.opportunities = opportunities;
    this.themes = themes;
    this.access = access;
  }

  @Override
  public List<CatalogueEntry> catalogue(long eventId, CatalogueFilter filter) {
    requireEvent(eventId);
    CatalogueFilter f = filter == null ? CatalogueFilter.none() : filter;
    List<ParticipantEntity> listed = participants
        .findByEventIdAndStatusOrderByFullNameAsc(eventId, ParticipantStatus.VALIDATED).stream()
        .filter(ParticipantEntity::isListed).toList();
    Map<Long, List<OpportunityView>> byParticipant = opportunities
        .findByParticipantIdInOrderByIdAsc(listed.stream().map(ParticipantEntity::getId).toList()).stream()
        .map(JpaMarketplace::view).collect(Collectors.groupingBy(OpportunityView::participantId));
    List<String> words = words(f.q());
    return listed.stream()
        .map(p -> entry(p, byParticipant.getOrDefault(p.getId(), List.of())))
        .filter(e -> f.country() == null || f.country().isBlank() || f.country().strip().equalsIgnoreCase(e.country()))
        .filter(e -> f.organisationKind() == null || f.organisationKind().isBlank()
            || f.organisationKind().strip().equalsIgnoreCase(e.organisationKind()))
        .filter(e -> f.theme() == null || f.theme().isBlank() || e.themes().contains(f.theme())
            || e.opportunities().stream().anyMatch(o -> o.themes().contains(f.theme())))
        .filter(e -> f.opportunityType() == null
            || e.opportunities().stream().anyMatch(o -> o.type() == f.opportunityType()))
        .filter(e -> matches(e, words))
        .toList();
  }

  @Override
  public List<String> countries(long eventId) {
    return catalogue(eventId, CatalogueFilter.none()).stream().map(CatalogueEntry::country)
        .filter(c -> c != null && !c.isBlank()).distinct().sorted().toList();
  }

  @Override
  public List<OpportunityView> opportunities(long participantId) {
    ParticipantEntity participant = requireParticipant(participantId);
    boolean inCatalogue = participant.getStatus() == ParticipantStatus.VALIDATED && participant.isListed();
    if (!inCatalogue) {
      access.requireSelfOrOrganiser(participant, requireEvent(participant.getEventId()));
    }
    return opportunities.findByParticipantIdOrderByIdAsc(participantId).stream().map(JpaMarketplace::view).toList();
  }

  @Override
  @Transactional
  public OpportunityView addOpportunity(long participantId, OpportunityInput input) {
    ParticipantEntity participant = requireParticipant(participantId);
    access.requireSelf(participant);
    if (participant.getStatus() != ParticipantStatus.VALIDATED) {
      throw new AccessDeniedException("Only validated participants publish opportunities");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (input.type() == null) {
      problems.add(new FieldProblem("type", "must be one of " + Arrays.toString(OpportunityType.values())));
    }
    EventRules.text(problems, "title", input.title(), 300, true);
    EventRules.text(problems, "description", input.description(), 4000, false);
    input.themes().stream().filter(t -> !themes.exists(t))
        .forEach(t -> problems.add(new FieldProblem("themes", "unknown theme '" + t + "'")));
    EventRules.throwIfAny(problems);
    OpportunityEntity opportunity = new OpportunityEntity(participantId);
    opportunity.setType(input.type());
    opportunity.setTitle(input.title().strip());
    opportunity.setDescription(EventRules.blankToNull(input.description()));
    opportunity.getThemes().addAll(input.themes());
    return view(opportunities.saveAndFlush(opportunity));
  }

  @Override
  @Transactional
  public void deleteOpportunity(long opportunityId) {
    OpportunityEntity opportunity = opportunities.findById(opportunityId)
        .orElseThrow(() -> new NotFoundException("Opportunity", opportunityId));
    access.requireSelf(requireParticipant(opportunity.getParticipantId()));
    opportunities.delete(opportunity);
  }

  private static CatalogueEntry entry(ParticipantEntity p, List<OpportunityView> offers) {
    return new CatalogueEntry(p.getId(), p.getFullName(), p.getJobTitle(), p.getOrganisationId(),
        p.getOrganisationName(), p.getCountry(), p.getOrganisationKind(), p.getDescription(), p.getThemes(),
        EventViews.splitList(p.getLanguages()), offers);
  }

  private static OpportunityView view(OpportunityEntity o) {
    return new OpportunityView(o.getId(), o.getParticipantId(), o.getType(), o.getTitle(), o.getDescription(),
        o.getThemes());
  }

  private static boolean matches(CatalogueEntry e, List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    String text = normalise(Stream.concat(Stream.of(e.fullName(), e.jobTitle(), e.organisationName(), e.country(),
            e.description()), e.opportunities().stream().flatMap(o -> Stream.of(o.title(), o.description())))
        .filter(s -> s != null).collect(Collectors.joining(" ")));
    return words.stream().allMatch(text::contains);
  }

  private static List<String> words(String q) {
    return q == null || q.isBlank() ? List.of()
        : Arrays.stream(normalise(q).split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private EventEntity requireEvent(long eventId) {
    return events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
  }

  private ParticipantEntity requireParticipant(long participantId) {
    return participants.findById(participantId).orElseThrow(() -> new NotFoundException("Participant", participantId));
  }
}
