package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.Person;
import eu.intercluster.ecosystem.persistence.PersonRepository;
import eu.intercluster.ecosystem.persistence.PersonRole;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaPersonService implements PersonService {

  private final PersonRepository people;
  private final OrganisationRepository organisations;
  private final RelationViews relationViews;
  private final RecordLinks links;
  private final eu.intercluster.ecosystem.persistence.SourceDocumentRepository sources;

  JpaPersonService(PersonRepository people, OrganisationRepository organisations, RelationViews relationViews, RecordLinks links, eu.intercluster.ecosystem.persistence.SourceDocumentRepository sources) {
    this.sources = sources;
    this.people = people;
    this.organisations = organisations;
    this.relationViews = relationViews;
    this.links = links;
  }

  @Override
  public Page<PersonSummary> search(String q, Pageable pageable) {
    return people.findAll(RecordSearch.<Person>matching(q, "name"), pageable).map(JpaPersonService::summary);
  }

  @Override
  public PersonDetails get(long id) {
    Person p = require(id);
    List<RelationView> around = relationViews.around(RecordKind.PERSON, id);
    List<RoleView> roles = p.getRoles().stream().map(RelationViews::role).toList();
    return new PersonDetails(p.getId(), p.getRecordKey(), p.getName(), List.copyOf(p.getAliases()),
        p.getDescription(), roles, links.agreements(RecordKind.PERSON, id, around),
        links.activities(RecordKind.PERSON, id, around), around, RelationViews.sources(around, roles));
  }

  @Override
  @Transactional
  public PersonSummary create(PersonInput input) {
    Person p = new Person();
    apply(p, input);
    return summary(people.save(p));
  }

  @Override
  @Transactional
  public PersonSummary update(long id, PersonInput input) {
    Person p = require(id);
    apply(p, input);
    p.reindex();
    return summary(p);
  }

  @Override
  @Transactional
  public void delete(long id) {
    Person p = require(id);
    List<RelationView> around = relationViews.around(RecordKind.PERSON, id);
    if (!around.isEmpty()) {
      throw new ConflictException("referenced", p.getName() + " is still referenced by " + around.size()
          + " relations; remove them first", RelationViews.describe(around));
    }
    people.delete(p);
  }

  @Override
  @Transactional
  public RoleView addRole(long personId, Long organisationId, String role, Long sourceId, String quote) {
    Person p = require(personId);
    var organisation = organisationId == null ? null : organisations.findById(organisationId)
        .orElseThrow(() -> new InvalidInputException("organisationId", "no organisation with id " + organisationId));
    PersonRole added = p.addRole(organisation, Text.blankToNull(role));
    if (sourceId != null) {
      added.setSource(sources.findById(sourceId)
          .orElseThrow(() -> new InvalidInputException("sourceId", "no source document with id " + sourceId)));
    }
    added.setQuote(Text.blankToNull(quote));
    people.flush();
    p.reindex();
    return RelationViews.role(added);
  }

  @Override
  public List<RecordRef> options() {
    return people.findAll(Sort.by("name")).stream().map(RecordLabels::ref).toList();
  }

  /** Keeps roles that are unchanged (with their provenance), removes the others, adds new ones. */
  private void apply(Person p, PersonInput input) {
    p.setName(input.name().strip());
    p.setDescription(Text.blankToNull(input.description()));
    Text.replace(p.getAliases(), input.aliases());
    List<RoleInput> wanted = new java.util.ArrayList<>(input.roles());
    p.getRoles().removeIf(existing -> !wanted.removeIf(w -> same(existing, w)));
    for (int i = 0; i < wanted.size(); i++) {
      RoleInput role = wanted.get(i);
      String field = "roles[" + input.roles().indexOf(role) + "].organisationId";
      var organisation = role.organisationId() == null ? null : organisations.findById(role.organisationId())
          .orElseThrow(() -> new InvalidInputException(field, "no organisation with id " + role.organisationId()));
      if (role.from() != null && role.to() != null && role.to().isBefore(role.from())) {
        throw new InvalidInputException("roles[" + input.roles().indexOf(role) + "].to", "must not be before the start date");
      }
      PersonRole added = p.addRole(organisation, Text.blankToNull(role.role()));
      added.setFrom(role.from());
      added.setTo(role.to());
    }
  }

  private static boolean same(PersonRole existing, RoleInput wanted) {
    Long orgId = existing.getOrganisation() == null ? null : existing.getOrganisation().getId();
    return Objects.equals(orgId, wanted.organisationId())
        && Objects.equals(existing.getRoleText(), Text.blankToNull(wanted.role()))
        && Objects.equals(existing.getFrom(), wanted.from()) && Objects.equals(existing.getTo(), wanted.to());
  }

  private Person require(long id) {
    return people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
  }

  static PersonSummary summary(Person p) {
    return new PersonSummary(p.getId(), p.getRecordKey(), p.getName(), p.getRoles().stream()
        .map(r -> java.util.stream.Stream.of(r.getRoleText(),
                r.getOrganisation() == null ? null : r.getOrganisation().getName())
            .filter(Objects::nonNull).collect(java.util.stream.Collectors.joining(", ")))
        .filter(s -> !s.isEmpty()).toList());
  }
}
