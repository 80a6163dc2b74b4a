package eu.intercluster.documents;

import eu.intercluster.documents.persistence.ProposedEntityRecord;
import eu.intercluster.ecosystem.ActivityInput;
import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.AgreementInput;
import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.PersonInput;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PlaceInput;
import eu.intercluster.ecosystem.PlaceKind;
import eu.intercluster.ecosystem.PlaceService;
import eu.intercluster.ecosystem.ProgrammeInput;
import eu.intercluster.ecosystem.ProgrammeKind;
import eu.intercluster.ecosystem.ProgrammeService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.SearchText;
import eu.intercluster.extraction.EntityType;
import eu.intercluster.system.InvalidInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Creates the map record a proposed entity becomes: named as the reviewer says (or as read), with the
 * other names read as aliases, the chosen subkind (or the suggested one), and the dates and status read.
 */
@Component
class NewMapRecords {

  private static final Pattern ACRONYM = Pattern.compile("^[\\p{Lu}0-9][\\p{Lu}0-9&.\\-]{1,14}$");

  private final OrganisationService organisations;
  private final PersonService people;
  private final PlaceService places;
  private final ProgrammeService programmes;
  private final AgreementService agreements;
  private final ActivityService activities;

  NewMapRecords(OrganisationService organisations, PersonService people, PlaceService places,
      ProgrammeService programmes, AgreementService agreements, ActivityService activities) {
    this.organisations = organisations;
    this.people = people;
    this.places = places;
    this.programmes = programmes;
    this.agreements = agreements;
    this.activities = activities;
  }

  /** Creates the record of the target kind for the entity. */
  RecordRef create(RecordKind target, ProposedEntityRecord e, NewRecord input, boolean allowSimilar) {
    String name = input == null || input.name() == null || input.name().isBlank() ? e.getSurface() : input.name().strip();
    String subkind = input == null ? null : input.subkind();
    Map<String, Object> attrs = ProposalJson.attributes(e.getAttributes());
    String suggested = Kinds.suggestedSubkindFor(EntityType.valueOf(e.getType()), attrs, e.getSurface());
    List<String> aliases = aliases(name, e);
    return switch (target) {
      case ORGANISATION -> {
        String acronym = aliases.stream().filter(a -> ACRONYM.matcher(a).matches() && a.length() <= 60)
            .findFirst().orElse(null);
        List<String> rest = aliases.stream().filter(a -> !a.equals(acronym)).toList();
        yield organisations.create(new OrganisationInput(name, acronym, rest,
            subkind(OrganisationKind.class, subkind, suggested), null, null, null, null, null, Set.of()), allowSimilar).ref();
      }
      case PERSON -> people.create(new PersonInput(name, aliases, null, List.of())).ref();
      case PLACE -> places.create(new PlaceInput(name, aliases, subkind(PlaceKind.class, subkind, suggested), null,
          null, null)).ref();
      case PROGRAMME -> programmes.create(new ProgrammeInput(name, aliases,
          subkind(ProgrammeKind.class, subkind, suggested), null, Set.of())).ref();
      case AGREEMENT -> {
        LocalDate[] dates = ProposalDates.range(attrs.get("date"));
        yield agreements.create(new AgreementInput(name, subkind(AgreementKind.class, subkind, suggested),
            Kinds.agreementStatus((String) attrs.get("status")), dates[0], null,
            BodyText.shorten((String) attrs.get("duration"), 120), null, null, Set.of(), List.of(), List.of(),
            List.of())).ref();
      }
      case ACTIVITY -> {
        LocalDate[] dates = ProposalDates.range(attrs.get("date"));
        yield activities.create(new ActivityInput(name, subkind(ActivityKind.class, subkind, suggested), dates[0],
            dates[1], BodyText.shorten(ProposalDates.text(attrs.get("date")), 200), null, null, null, null, Set.of(),
            List.of(), List.of(), List.of())).ref();
      }
    };
  }

  /** The surface and mentions that differ from the name (normalised), each once. */
  private static List<String> aliases(String name, ProposedEntityRecord e) {
    Set<String> out = new LinkedHashSet<>();
    String key = SearchText.normalise(name);
    if (!SearchText.normalise(e.getSurface()).equals(key)) {
      out.add(e.getSurface());
    }
    for (String m : ProposalJson.mentions(e.getMentions())) {
      if (!SearchText.normalise(m).equals(key) && out.stream().noneMatch(o -> SearchText.normalise(o)
          .equals(SearchText.normalise(m))) && m.length() <= 300 && !m.isBlank()) {
        out.add(m.strip());
      }
    }
    return List.copyOf(out);
  }

  private static <E extends Enum<E>> E subkind(Class<E> type, String chosen, String suggested) {
    E fallback = Kinds.enumOr(type, suggested, null);
    E value = Kinds.enumOr(type, chosen, fallback);
    if (value == null) {
      throw new InvalidInputException("subkind", "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
    return value;
  }
}
