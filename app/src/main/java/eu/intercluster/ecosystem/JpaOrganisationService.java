package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.Organisation;
import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.PersonRole;
import eu.intercluster.ecosystem.persistence.PersonRoleRepository;
import eu.intercluster.ecosystem.persistence.Relation;
import eu.intercluster.ecosystem.persistence.RelationRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaOrganisationService implements OrganisationService {

  private final OrganisationRepository organisations;
  private final PersonRoleRepository roles;
  private final RelationRepository relations;
  private final RelationViews relationViews;
  private final RecordLinks links;
  private final JpaThemeCatalogue themes;

  JpaOrganisationService(OrganisationRepository organisations, PersonRoleRepository roles,
      RelationRepository relations, RelationViews relationViews, RecordLinks links, JpaThemeCatalogue themes) {
    this.organisations = organisations;
    this.roles = roles;
    this.relations = relations;
    this.relationViews = relationViews;
    this.links = links;
    this.themes = themes;
  }

  @Override
  public Page<OrganisationSummary> search(OrganisationFilter filter, Pageable pageable) {
    Specification<Organisation> spec = Specification.<Organisation>allOf(
        RecordSearch.matching(filter.q(), "name"),
        RecordSearch.equalTo("kind", filter.kind()),
        RecordSearch.equalsIgnoreCase("country", filter.country()),
        RecordSearch.equalsIgnoreCase("region", filter.region()),
        RecordSearch.hasTheme(filter.theme()));
    return organisations.findAll(spec, pageable).map(JpaOrganisationService::summary);
  }

  @Override
  public OrganisationDetails get(long id) {
    Organisation o = require(id);
    List<RelationView> around = relationViews.around(RecordKind.ORGANISATION, id);
    List<RoleView> people = roles.findByOrganisation(id).stream().map(RelationViews::role).toList();
    return new OrganisationDetails(o.getId(), o.getRecordKey(), o.getName(), o.getAcronym(),
        List.copyOf(o.getAliases()), o.getKind(), o.getCountry(), o.getRegion(), o.getCity(),
        o.getWebsite(), o.getDescription(), List.copyOf(o.getThemes()), people,
        links.agreements(RecordKind.ORGANISATION, id, around),
        links.activities(RecordKind.ORGANISATION, id, around), around,
        RelationViews.sources(around, people), o.getUpdatedAt());
  }

  @Override
  public List<RecordRef> similar(String name, String acronym, List<String> aliases, Long excludeId) {
    Set<String> wanted = new LinkedHashSet<>();
    java.util.stream.Stream.concat(java.util.stream.Stream.of(name, acronym), aliases.stream())
        .filter(n -> n != null && !n.isBlank()).map(SearchText::normalise).forEach(wanted::add);
    Set<Organisation> found = new LinkedHashSet<>();
    for (String n : wanted) {
      for (Organisation candidate : organisations.findBySearchTextContaining(n)) {
        if (!candidate.getId().equals(excludeId) && names(candidate).contains(n)) {
          found.add(candidate);
        }
      }
    }
    return found.stream().map(RecordLabels::ref).toList();
  }

  private static Set<String> names(Organisation o) {
    Set<String> names = new LinkedHashSet<>();
    names.add(SearchText.normalise(o.getName()));
    if (o.getAcronym() != null) {
      names.add(SearchText.normalise(o.getAcronym()));
    }
    o.getAliases().forEach(a -> names.add(SearchText.normalise(a)));
    return names;
  }

  @Override
  @Transactional
  public OrganisationSummary create(OrganisationInput input, boolean allowSimilar) {
    themes.requireKnown("themes", input.themes());
    if (!allowSimilar) {
      List<RecordRef> candidates = similar(input.name(), input.acronym(), input.aliases(), null);
      if (!candidates.isEmpty()) {
        throw new PossibleDuplicateException(candidates);
      }
    }
    Organisation o = new Organisation();
    apply(o, input);
    return summary(organisations.save(o));
  }

  @Override
  @Transactional
  public OrganisationSummary update(long id, OrganisationInput input) {
    themes.requireKnown("themes", input.themes());
    Organisation o = require(id);
    apply(o, input);
    o.reindex();
    return summary(o);
  }

  @Override
  @Transactional
  public void delete(long id) {
    Organisation o = require(id);
    List<String> references = new ArrayList<>(RelationViews.describe(relationViews.around(RecordKind.ORGANISATION, id)));
    roles.findByOrganisation(id).forEach(r -> references.add(
        "role: " + r.getPerson().getName() + (r.getRoleText() == null ? "" : ", " + r.getRoleText())));
    if (!references.isEmpty()) {
      throw new ConflictException("referenced", o.getName() + " is still referenced by "
          + references.size() + " records; remove them first or merge it into another organisation",
          references);
    }
    organisations.delete(o);
  }

  @Override
  @Transactional
  public OrganisationSummary merge(long sourceId, long targetId) {
    if (sourceId == targetId) {
      throw new InvalidInputException("targetId", "an organisation cannot be merged into itself");
    }
    Organisation source = require(sourceId);
    Organisation target = require(targetId);
    for (Relation r : relations.findTouching(RecordKind.ORGANISATION, sourceId)) {
      r.repoint(RecordKind.ORGANISATION, sourceId, targetId);
    }
    for (PersonRole role : roles.findByOrganisation(sourceId)) {
      role.setOrganisation(target);
    }
    Set<String> names = names(target);
    java.util.stream.Stream.concat(java.util.stream.Stream.of(source.getName(), source.getAcronym()),
            source.getAliases().stream())
        .filter(Objects::nonNull).filter(n -> !names.contains(SearchText.normalise(n)))
        .forEach(target.getAliases()::add);
    target.getThemes().addAll(source.getThemes());
    fillBlank(target, source);
    organisations.delete(source);
    organisations.flush();
    target.reindex();
    return summary(target);
  }

  private static void fillBlank(Organisation target, Organisation source) {
    if (target.getCountry() == null) target.setCountry(source.getCountry());
    if (target.getRegion() == null) target.setRegion(source.getRegion());
    if (target.getCity() == null) target.setCity(source.getCity());
    if (target.getWebsite() == null) target.setWebsite(source.getWebsite());
    if (target.getDescription() == null) target.setDescription(source.getDescription());
  }

  @Override
  public List<String> countries() {
    return organisations.findCountries();
  }

  @Override
  public List<String> regions() {
    return organisations.findRegions();
  }

  Organisation require(long id) {
    return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
  }

  static void apply(Organisation o, OrganisationInput input) {
    o.setName(input.name().strip());
    o.setAcronym(Text.blankToNull(input.acronym()));
    o.setKind(input.kind());
    o.setCountry(Text.blankToNull(input.country()));
    o.setRegion(Text.blankToNull(input.region()));
    o.setCity(Text.blankToNull(input.city()));
    o.setWebsite(Text.blankToNull(input.website()));
    o.setDescription(Text.blankToNull(input.description()));
    Text.replace(o.getAliases(), input.aliases());
    Text.replace(o.getThemes(), input.themes());
  }

  static OrganisationSummary summary(Organisation o) {
    return new OrganisationSummary(o.getId(), o.getRecordKey(), o.getName(), o.getAcronym(), o.getKind(),
        o.getCountry(), o.getRegion(), o.getCity(), List.copyOf(o.getThemes()));
  }
}
