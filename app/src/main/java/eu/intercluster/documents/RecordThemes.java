package eu.intercluster.documents;

import eu.intercluster.ecosystem.ActivityDetails;
import eu.intercluster.ecosystem.ActivityInput;
import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.AgreementDetails;
import eu.intercluster.ecosystem.AgreementInput;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.ProgrammeDetails;
import eu.intercluster.ecosystem.ProgrammeInput;
import eu.intercluster.ecosystem.ProgrammeService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RelationView;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Adds a theme to an organisation, programme, agreement or activity by rewriting the record with its
 * own fields plus the theme (the map has no theme relation).
 */
@Component
class RecordThemes {

  private final OrganisationService organisations;
  private final ProgrammeService programmes;
  private final AgreementService agreements;
  private final ActivityService activities;

  RecordThemes(OrganisationService organisations, ProgrammeService programmes, AgreementService agreements,
      ActivityService activities) {
    this.organisations = organisations;
    this.programmes = programmes;
    this.agreements = agreements;
    this.activities = activities;
  }

  void addTheme(RecordKind kind, long id, String code) {
    switch (kind) {
      case ORGANISATION -> {
        OrganisationDetails o = organisations.get(id);
        if (!o.themes().contains(code)) {
          organisations.update(id, new OrganisationInput(o.name(), o.acronym(), o.aliases(), o.kind(), o.country(),
              o.region(), o.city(), o.website(), o.description(), plus(o.themes(), code)));
        }
      }
      case PROGRAMME -> {
        ProgrammeDetails p = programmes.get(id);
        if (!p.themes().contains(code)) {
          programmes.update(id, new ProgrammeInput(p.name(), p.aliases(), p.kind(), p.description(), plus(p.themes(), code)));
        }
      }
      case AGREEMENT -> {
        AgreementDetails a = agreements.get(id);
        if (!a.themes().contains(code)) {
          requireNoRepeatedLinks(a.relations(), Set.of(RelationType.SIGNED, RelationType.INVOLVES));
          agreements.update(id, new AgreementInput(a.title(), a.kind(), a.status(), a.signedOn(),
              a.signingPlace() == null ? null : a.signingPlace().id(), a.duration(), a.expiresOn(), a.description(),
              plus(a.themes(), code), ids(a.parties(), RecordKind.ORGANISATION), ids(a.signatories(), RecordKind.PERSON),
              ids(a.involved(), RecordKind.ORGANISATION)));
        }
      }
      case ACTIVITY -> {
        ActivityDetails a = activities.get(id);
        if (!a.themes().contains(code)) {
          requireNoRepeatedLinks(a.relations(), Set.of(RelationType.ORGANISED, RelationType.PARTICIPATED));
          activities.update(id, new ActivityInput(a.title(), a.kind(), a.startDate(), a.endDate(), a.dateText(),
              a.place() == null ? null : a.place().id(), a.programme() == null ? null : a.programme().id(),
              a.parent() == null ? null : a.parent().id(), a.description(), plus(a.themes(), code),
              ids(a.organisers(), RecordKind.ORGANISATION), ids(a.participants(), RecordKind.ORGANISATION),
              ids(a.participants(), RecordKind.PERSON)));
        }
      }
      default -> throw new InvalidInputException("type", "a " + kind.name().toLowerCase() + " has no themes");
    }
  }

  private static Set<String> plus(List<String> themes, String code) {
    Set<String> out = new LinkedHashSet<>(themes);
    out.add(code);
    return out;
  }

  private static List<Long> ids(List<RecordRef> refs, RecordKind kind) {
    return refs.stream().filter(r -> r.kind() == kind).map(RecordRef::id).distinct().toList();
  }

  /**
   * Rewriting an agreement or activity keeps one relation per party, organiser or participant; when the
   * same link is on the map twice (two sources), the theme is not added here so that neither is lost.
   */
  private static void requireNoRepeatedLinks(List<RelationView> around, Set<RelationType> types) {
    Set<String> seen = new HashSet<>();
    for (RelationView v : around) {
      if (types.contains(v.type())) {
        String link = v.type() + ":" + v.from().kind() + v.from().id() + ":" + v.to().kind() + v.to().id();
        if (!seen.add(link)) {
          throw new ConflictException("repeated-link", "The record has the link " + v.type() + " "
              + v.from().label() + " → " + v.to().label() + " twice (from two sources); add the theme on its page.",
              List.of(v.from().label() + " → " + v.to().label()));
        }
      }
    }
  }
}
