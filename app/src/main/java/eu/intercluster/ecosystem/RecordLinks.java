package eu.intercluster.ecosystem;

import static eu.intercluster.ecosystem.RelationType.INVOLVES;
import static eu.intercluster.ecosystem.RelationType.SIGNED;

import eu.intercluster.ecosystem.persistence.Activity;
import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.Agreement;
import eu.intercluster.ecosystem.persistence.AgreementRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The agreements and activities an organisation or person takes part in, from their relations. */
@Component
class RecordLinks {

  private static final List<RelationType> ACTIVITY_ROLES = List.of(RelationType.ORGANISED,
      RelationType.PARTICIPATED, RelationType.LED_BY, RelationType.VISITED, RelationType.MET_AT);

  private final AgreementRepository agreements;
  private final ActivityRepository activities;
  private final RelationViews relationViews;

  RecordLinks(AgreementRepository agreements, ActivityRepository activities, RelationViews relationViews) {
    this.agreements = agreements;
    this.activities = activities;
    this.relationViews = relationViews;
  }

  /** Agreements the record signed, is involved in or was present at, with the other parties. */
  List<AgreementLink> agreements(RecordKind kind, long id, List<RelationView> around) {
    List<RelationView> links = around.stream()
        .filter(v -> v.other(kind, id).kind() == RecordKind.AGREEMENT)
        .filter(v -> v.type() == SIGNED || v.type() == INVOLVES || v.type() == RelationType.PRESENT_AT)
        .toList();
    Map<Long, Agreement> byId = agreements.findAllById(links.stream().map(v -> v.other(kind, id).id()).toList())
        .stream().collect(Collectors.toMap(Agreement::getId, Function.identity()));
    return links.stream()
        .filter(v -> byId.containsKey(v.other(kind, id).id()))
        .map(v -> {
          Agreement agreement = byId.get(v.other(kind, id).id());
          List<RecordRef> counterparts = parties(agreement.getId()).stream()
              .filter(r -> !(r.kind() == kind && r.id() == id)).toList();
          return new AgreementLink(v.other(kind, id), agreement.getKind(), agreement.getStatus(), v.type(), counterparts);
        })
        .toList();
  }

  /** The organisations that signed or are involved in an agreement. */
  List<RecordRef> parties(long agreementId) {
    return RelationViews.targetsOf(relationViews.around(RecordKind.AGREEMENT, agreementId),
        RecordKind.AGREEMENT, agreementId, RelationViews.ofType(SIGNED, INVOLVES)).stream()
        .filter(r -> r.kind() == RecordKind.ORGANISATION).toList();
  }

  /** Activities the record organised, took part in, led, visited or met at. */
  List<ActivityLink> activities(RecordKind kind, long id, List<RelationView> around) {
    List<RelationView> links = around.stream()
        .filter(v -> v.other(kind, id).kind() == RecordKind.ACTIVITY)
        .filter(v -> ACTIVITY_ROLES.contains(v.type()))
        .toList();
    Map<Long, Activity> byId = activities.findAllById(links.stream().map(v -> v.other(kind, id).id()).toList())
        .stream().collect(Collectors.toMap(Activity::getId, Function.identity()));
    return links.stream()
        .filter(v -> byId.containsKey(v.other(kind, id).id()))
        .map(v -> {
          Activity activity = byId.get(v.other(kind, id).id());
          return new ActivityLink(v.other(kind, id), activity.getKind(), activity.getStartDate(),
              activity.getDateText(), v.type());
        })
        .sorted(Comparator.comparing(ActivityLink::startDate, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }
}
