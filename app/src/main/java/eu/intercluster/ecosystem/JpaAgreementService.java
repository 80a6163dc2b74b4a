package eu.intercluster.ecosystem;

import static eu.intercluster.ecosystem.RelationType.INVOLVES;
import static eu.intercluster.ecosystem.RelationType.SIGNED;

import eu.intercluster.ecosystem.persistence.Agreement;
import eu.intercluster.ecosystem.persistence.AgreementRepository;
import eu.intercluster.ecosystem.persistence.PlaceRepository;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaAgreementService implements AgreementService {

  private final AgreementRepository agreements;
  private final PlaceRepository places;
  private final RelationViews relationViews;
  private final RelationSync sync;
  private final RecordLinks links;
  private final JpaThemeCatalogue themes;

  JpaAgreementService(AgreementRepository agreements, PlaceRepository places, RelationViews relationViews,
      RelationSync sync, RecordLinks links, JpaThemeCatalogue themes) {
    this.agreements = agreements;
    this.places = places;
    this.relationViews = relationViews;
    this.sync = sync;
    this.links = links;
    this.themes = themes;
  }

  @Override
  public Page<AgreementSummary> search(String q, AgreementStatus status, String theme, Long organisationId,
      Pageable pageable) {
    Specification<Agreement> spec = Specification.<Agreement>allOf(RecordSearch.matching(q, "title"),
        RecordSearch.equalTo("status", status), RecordSearch.hasTheme(theme), party(organisationId));
    return agreements.findAll(spec, pageable).map(this::summary);
  }

  private static Specification<Agreement> party(Long organisationId) {
    return (root, query, cb) -> {
      if (organisationId == null) {
        return null;
      }
      var sub = query.subquery(Long.class);
      var r = sub.from(eu.intercluster.ecosystem.persistence.Relation.class);
      sub.select(r.get("fromId")).where(cb.equal(r.get("fromKind"), RecordKind.AGREEMENT),
          r.get("type").in(SIGNED, INVOLVES), cb.equal(r.get("toKind"), RecordKind.ORGANISATION),
          cb.equal(r.get("toId"), organisationId));
      return root.get("id").in(sub);
    };
  }

  @Override
  public AgreementDetails get(long id) {
    Agreement a = require(id);
    List<RelationView> around = relationViews.around(RecordKind.AGREEMENT, id);
    var parties = RelationViews.targetsOf(around, RecordKind.AGREEMENT, id,
        v -> v.type() == SIGNED && v.to().kind() == RecordKind.ORGANISATION);
    var signatories = RelationViews.targetsOf(around, RecordKind.AGREEMENT, id,
        v -> v.type() == SIGNED && v.to().kind() == RecordKind.PERSON);
    var involved = RelationViews.targetsOf(around, RecordKind.AGREEMENT, id, RelationViews.ofType(INVOLVES));
    return new AgreementDetails(a.getId(), a.getRecordKey(), a.getTitle(), a.getKind(), a.getStatus(),
        a.getSignedOn(), RecordLabels.ref(a.getSigningPlace()), a.getDuration(), a.getExpiresOn(),
        a.getDescription(), List.copyOf(a.getThemes()), parties, signatories, involved, around,
        RelationViews.sources(around, List.of()));
  }

  @Override
  @Transactional
  public AgreementSummary create(AgreementInput input) {
    Agreement a = new Agreement();
    apply(a, input);
    agreements.saveAndFlush(a);
    syncParties(a.getId(), input);
    return summary(a);
  }

  @Override
  @Transactional
  public AgreementSummary update(long id, AgreementInput input) {
    Agreement a = require(id);
    apply(a, input);
    a.reindex();
    syncParties(id, input);
    return summary(a);
  }

  @Override
  @Transactional
  public void delete(long id) {
    Agreement a = require(id);
    sync.removeAll(RecordKind.AGREEMENT, id);
    agreements.delete(a);
  }

  @Override
  public List<RecordRef> options() {
    return agreements.findAll(Sort.by("title")).stream().map(RecordLabels::ref).toList();
  }

  private void syncParties(long id, AgreementInput input) {
    sync.sync("partyIds", RecordKind.AGREEMENT, id, true, SIGNED, RecordKind.ORGANISATION, input.partyIds());
    sync.sync("signatoryIds", RecordKind.AGREEMENT, id, true, SIGNED, RecordKind.PERSON, input.signatoryIds());
    sync.sync("involvedIds", RecordKind.AGREEMENT, id, true, INVOLVES, RecordKind.ORGANISATION, input.involvedIds());
  }

  private void apply(Agreement a, AgreementInput input) {
    themes.requireKnown("themes", input.themes());
    a.setTitle(input.title().strip());
    a.setKind(input.kind());
    a.setStatus(input.status());
    a.setSignedOn(input.signedOn());
    a.setSigningPlace(input.signingPlaceId() == null ? null : places.findById(input.signingPlaceId())
        .orElseThrow(() -> new InvalidInputException("signingPlaceId", "no place with id " + input.signingPlaceId())));
    a.setDuration(Text.blankToNull(input.duration()));
    a.setExpiresOn(input.expiresOn());
    a.setDescription(Text.blankToNull(input.description()));
    Text.replace(a.getThemes(), input.themes());
  }

  private Agreement require(long id) {
    return agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
  }

  private AgreementSummary summary(Agreement a) {
    return new AgreementSummary(a.getId(), a.getRecordKey(), a.getTitle(), a.getKind(), a.getStatus(),
        a.getSignedOn(), links.parties(a.getId()), List.copyOf(a.getThemes()));
  }
}
