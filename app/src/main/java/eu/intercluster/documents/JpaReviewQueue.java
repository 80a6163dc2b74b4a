package eu.intercluster.documents;

import eu.intercluster.documents.persistence.DocumentRecord;
import eu.intercluster.documents.persistence.DocumentRepository;
import eu.intercluster.documents.persistence.ProposedEntityRecord;
import eu.intercluster.documents.persistence.ProposedEntityRepository;
import eu.intercluster.documents.persistence.ProposedRelationRecord;
import eu.intercluster.documents.persistence.ProposedRelationRepository;
import eu.intercluster.ecosystem.ActivityDetails;
import eu.intercluster.ecosystem.ActivityInput;
import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.AgreementDetails;
import eu.intercluster.ecosystem.AgreementInput;
import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.KnownRecord;
import eu.intercluster.ecosystem.MapNames;
import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.PersonInput;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PlaceInput;
import eu.intercluster.ecosystem.PlaceKind;
import eu.intercluster.ecosystem.PlaceService;
import eu.intercluster.ecosystem.ProgrammeDetails;
import eu.intercluster.ecosystem.ProgrammeInput;
import eu.intercluster.ecosystem.ProgrammeKind;
import eu.intercluster.ecosystem.ProgrammeService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.RelationInput;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RelationView;
import eu.intercluster.ecosystem.RoleView;
import eu.intercluster.ecosystem.SearchText;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.extraction.EntityType;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue on the proposal tables. Each action is one transaction that joins the map
 * services' own, so a refused write (an unknown record, a possible duplicate) leaves nothing behind.
 */
@Service
@Transactional(readOnly = true)
class JpaReviewQueue implements ReviewQueue {

  private static final Pattern ACRONYM = Pattern.compile("^[\\p{Lu}0-9][\\p{Lu}0-9&.\\-]{1,14}$");
  private static final String PENDING = ProposalStatus.PENDING.name();
  private static final String ACCEPTED = ProposalStatus.ACCEPTED.name();
  private static final String REJECTED = ProposalStatus.REJECTED.name();
  static final String HAS_THEME = "HAS_THEME";

  private final DocumentRepository documents;
  private final ProposedEntityRepository entities;
  private final ProposedRelationRepository relations;
  private final MapNames mapNames;
  private final RelationService mapRelations;
  private final OrganisationService organisations;
  private final PersonService people;
  private final PlaceService places;
  private final ProgrammeService programmes;
  private final AgreementService agreements;
  private final ActivityService activities;
  private final ThemeCatalogue themes;

  JpaReviewQueue(DocumentRepository documents, ProposedEntityRepository entities, ProposedRelationRepository relations,
      MapNames mapNames, RelationService mapRelations, OrganisationService organisations, PersonService people,
      PlaceService places, ProgrammeService programmes, AgreementService agreements, ActivityService activities,
      ThemeCatalogue themes) {
    this.documents = documents;
    this.entities = entities;
    this.relations = relations;
    this.mapNames = mapNames;
    this.mapRelations = mapRelations;
    this.organisations = organisations;
    this.people = people;
    this.places = places;
    this.programmes = programmes;
    this.agreements = agreements;
    this.activities = activities;
    this.themes = themes;
  }

  // ---- reading --------------------------------------------------------------------------------

  @Override
  public List<DocumentSummary> documents() {
    Map<Long, long[]> counts = new HashMap<>();
    for (List<Object[]> rows : List.of(entities.countByDocumentAndStatus(), relations.countByDocumentAndStatus())) {
      for (Object[] row : rows) {
        long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[3]);
        c[ProposalStatus.valueOf((String) row[1]).ordinal()] += ((Number) row[2]).longValue();
      }
    }
    return documents.findAllByOrderByCreatedAtDescIdDesc().stream()
        .map(d -> summary(d, counts.getOrDefault(d.getId(), new long[3])))
        .toList();
  }

  private static DocumentSummary summary(DocumentRecord d, long[] c) {
    return new DocumentSummary(d.getId(), d.getTitle(), d.getFileName(), d.getLanguage(), d.getDocDate(),
        d.getUploadedBy(), d.getCreatedAt(), c[0], c[1], c[2], d.getStatus());
  }

  @Override
  public DocumentReview review(long documentId) {
    DocumentRecord document = requireDocument(documentId);
    List<ProposedEntityRecord> ents = entities.findByDocumentIdOrderByIdAsc(documentId);
    List<ProposedRelationRecord> rels = relations.findByDocumentIdOrderByIdAsc(documentId);
    List<KnownRecord> known = mapNames.all();
    Map<String, String> surfaces = new HashMap<>();
    ents.forEach(e -> surfaces.put(e.getEntityKey(), e.getSurface()));
    List<EntityProposal> proposals = ents.stream().map(e -> proposal(e, known, surfaces)).toList();
    Map<String, EntityProposal> byKey = new HashMap<>();
    proposals.forEach(p -> byKey.put(p.key(), p));
    List<RelationProposal> relationProposals = rels.stream().map(r -> relationProposal(r, byKey)).toList();
    long[] counts = new long[3];
    proposals.forEach(p -> counts[p.status().ordinal()]++);
    relationProposals.forEach(r -> counts[r.status().ordinal()]++);
    return new DocumentReview(summary(document, counts), segments(document.getBody(), ents), proposals,
        relationProposals);
  }

  private EntityProposal proposal(ProposedEntityRecord e, List<KnownRecord> known, Map<String, String> surfaces) {
    EntityType type = EntityType.valueOf(e.getType());
    RecordKind target = Kinds.recordKind(type);
    List<String> mentions = ProposalJson.mentions(e.getMentions());
    Map<String, Object> raw = ProposalJson.attributes(e.getAttributes());
    Map<String, String> shown = new LinkedHashMap<>();
    raw.forEach((name, value) -> {
      if (value == null) {
        return;
      }
      if (value instanceof Map<?, ?> date) {
        Object text = date.get("text");
        Object iso = date.get("iso");
        shown.put(name, iso == null ? String.valueOf(text) : text + " (" + iso + ")");
      } else if ("org".equals(name)) {
        shown.put(name, surfaces.getOrDefault(String.valueOf(value), String.valueOf(value)));
      } else {
        shown.put(name, String.valueOf(value));
      }
    });
    RecordRef linked = null;
    if (e.getLinkedKind() != null && e.getLinkedId() != null) {
      RecordKind kind = RecordKind.valueOf(e.getLinkedKind());
      linked = known.stream().map(KnownRecord::ref)
          .filter(r -> r.kind() == kind && r.id() == e.getLinkedId()).findFirst()
          .orElse(new RecordRef(kind, e.getLinkedId(), null, e.getSurface()));
    }
    List<Candidate> candidates = List.of();
    if (!ACCEPTED.equals(e.getStatus()) && target != null) {
      List<String> names = new ArrayList<>();
      names.add(e.getSurface());
      names.addAll(mentions);
      candidates = CandidateRanker.rank(target, names, e.getExternalId(), known);
    }
    String themeCode = e.getThemeCode() != null ? e.getThemeCode()
        : type == EntityType.THEME ? (String) raw.get("norm") : null;
    return new EntityProposal(e.getId(), e.getEntityKey(), e.getType(), e.getSurface(), mentions, shown,
        e.getExternalId(), ProposalStatus.valueOf(e.getStatus()), linked, themeCode, candidates, target,
        Kinds.suggestedSubkind(type, raw.get("kind") instanceof String k ? k : null, e.getSurface()), Kinds.subkinds(target));
  }

  private static RelationProposal relationProposal(ProposedRelationRecord r, Map<String, EntityProposal> byKey) {
    EntityProposal from = byKey.get(r.getArg0());
    EntityProposal to = byKey.get(r.getArg1());
    boolean writable = isMapType(r.getType());
    boolean ready = from != null && to != null && from.status() == ProposalStatus.ACCEPTED
        && to.status() == ProposalStatus.ACCEPTED
        && (writable ? from.linked() != null && to.linked() != null : from.linked() != null);
    return new RelationProposal(r.getId(), r.getType(), from, to, r.getNote(), r.getQuote(),
        ProposalStatus.valueOf(r.getStatus()), r.getWrittenRelationId(), ready, writable);
  }

  private static boolean isMapType(String type) {
    try {
      RelationType.valueOf(type);
      return true;
    } catch (IllegalArgumentException notOnTheMap) {
      return false;
    }
  }

  /** The body cut at entity occurrences; overlapping occurrences keep the earlier (longer on ties) one. */
  static List<TextSegment> segments(String body, List<ProposedEntityRecord> ents) {
    record Occ(int start, int end, ProposedEntityRecord entity) {}
    List<Occ> occs = new ArrayList<>();
    for (ProposedEntityRecord e : ents) {
      for (int[] o : ProposalJson.offsets(e.getOffsets())) {
        if (o[0] >= 0 && o[1] <= body.length() && o[0] < o[1]) {
          occs.add(new Occ(o[0], o[1], e));
        }
      }
    }
    occs.sort(Comparator.comparingInt(Occ::start).thenComparing(Comparator.comparingInt(Occ::end).reversed()));
    List<TextSegment> out = new ArrayList<>();
    int at = 0;
    for (Occ o : occs) {
      if (o.start() < at) {
        continue;
      }
      if (o.start() > at) {
        out.add(new TextSegment(body.substring(at, o.start()), null, null, null));
      }
      out.add(new TextSegment(body.substring(o.start(), o.end()), o.entity().getType(), o.entity().getEntityKey(),
          ProposalStatus.valueOf(o.entity().getStatus())));
      at = o.end();
    }
    if (at < body.length()) {
      out.add(new TextSegment(body.substring(at), null, null, null));
    }
    return out;
  }

  // ---- entity actions -------------------------------------------------------------------------

  @Override
  @Transactional
  public RecordRef link(long documentId, long entityId, RecordKind kind, long recordId) {
    DocumentRecord document = requireDocument(documentId);
    ProposedEntityRecord e = requireEntity(documentId, entityId);
    RecordKind target = Kinds.recordKind(EntityType.valueOf(e.getType()));
    if (target == null) {
      throw new InvalidInputException("kind", "a theme is accepted as a theme code, not linked to a record");
    }
    if (kind != target) {
      throw new InvalidInputException("kind", "a " + e.getType() + " entity can only be linked to a "
          + target.name().toLowerCase() + ", not a " + (kind == null ? "null" : kind.name().toLowerCase()));
    }
    RecordRef ref = mapNames.all().stream().map(KnownRecord::ref)
        .filter(r -> r.kind() == kind && r.id() == recordId).findFirst()
        .orElseThrow(() -> new InvalidInputException("recordId", "no " + kind.name().toLowerCase() + " with id " + recordId));
    if (ACCEPTED.equals(e.getStatus()) && kind.name().equals(e.getLinkedKind())
        && Objects.equals(e.getLinkedId(), recordId)) {
      return ref;
    }
    requireNothingWritten(e);
    accept(e, kind, recordId);
    writeRoles(document, e);
    refreshStatus(document);
    return ref;
  }

  @Override
  @Transactional
  public RecordRef create(long documentId, long entityId, NewRecord input, boolean allowSimilar) {
    DocumentRecord document = requireDocument(documentId);
    ProposedEntityRecord e = requireEntity(documentId, entityId);
    EntityType type = EntityType.valueOf(e.getType());
    RecordKind target = Kinds.recordKind(type);
    if (target == null) {
      throw new InvalidInputException("kind", "a theme is accepted as a theme code, not created as a record");
    }
    if (ACCEPTED.equals(e.getStatus()) && e.getLinkedId() != null) {
      return new RecordRef(RecordKind.valueOf(e.getLinkedKind()), e.getLinkedId(), null, e.getSurface());
    }
    requireNothingWritten(e);
    String name = input == null || input.name() == null || input.name().isBlank() ? e.getSurface() : input.name().strip();
    String subkind = input == null ? null : input.subkind();
    Map<String, Object> attrs = ProposalJson.attributes(e.getAttributes());
    String suggested = Kinds.suggestedSubkind(type, attrs.get("kind") instanceof String k ? k : null, e.getSurface());
    List<String> aliases = aliases(name, e);
    RecordRef created = switch (target) {
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
        LocalDate[] dates = dates(attrs.get("date"));
        yield agreements.create(new AgreementInput(name, subkind(AgreementKind.class, subkind, suggested),
            Kinds.agreementStatus((String) attrs.get("status")), dates[0], null,
            BodyText.shorten((String) attrs.get("duration"), 120), null, null, Set.of(), List.of(), List.of(),
            List.of())).ref();
      }
      case ACTIVITY -> {
        LocalDate[] dates = dates(attrs.get("date"));
        yield activities.create(new ActivityInput(name, subkind(ActivityKind.class, subkind, suggested), dates[0],
            dates[1], BodyText.shorten(dateText(attrs.get("date")), 200), null, null, null, null, Set.of(), List.of(),
            List.of(), List.of())).ref();
      }
    };
    accept(e, target, created.id());
    writeRoles(document, e);
    refreshStatus(document);
    return created;
  }

  @Override
  @Transactional
  public void acceptTheme(long documentId, long entityId, String themeCode) {
    DocumentRecord document = requireDocument(documentId);
    ProposedEntityRecord e = requireEntity(documentId, entityId);
    if (!EntityType.THEME.name().equals(e.getType())) {
      throw new InvalidInputException("themeCode", "only a THEME entity is accepted as a theme code");
    }
    String code = themeCode == null || themeCode.isBlank()
        ? (String) ProposalJson.attributes(e.getAttributes()).get("norm") : themeCode.strip();
    if (code == null || !themes.exists(code)) {
      throw new InvalidInputException("themeCode", "not a theme of the vocabulary: " + code);
    }
    if (ACCEPTED.equals(e.getStatus()) && code.equals(e.getThemeCode())) {
      return;
    }
    e.setThemeCode(code);
    e.setStatus(ACCEPTED);
    e.reviewed(ExtractingDocumentIntake.currentUser());
    refreshStatus(document);
  }

  @Override
  @Transactional
  public void reject(long documentId, long entityId) {
    DocumentRecord document = requireDocument(documentId);
    ProposedEntityRecord e = requireEntity(documentId, entityId);
    if (REJECTED.equals(e.getStatus())) {
      return;
    }
    requireNothingWritten(e);
    e.setStatus(REJECTED);
    e.link(null, null);
    e.setThemeCode(null);
    e.reviewed(ExtractingDocumentIntake.currentUser());
    for (ProposedRelationRecord r : relations.findByDocumentIdOrderByIdAsc(documentId)) {
      if (PENDING.equals(r.getStatus()) && (r.getArg0().equals(e.getEntityKey()) || r.getArg1().equals(e.getEntityKey()))) {
        r.setStatus(REJECTED);
        r.reviewed(ExtractingDocumentIntake.currentUser());
      }
    }
    refreshStatus(document);
  }

  // ---- relation actions -----------------------------------------------------------------------

  @Override
  @Transactional
  public Long acceptRelation(long documentId, long relationId) {
    DocumentRecord document = requireDocument(documentId);
    ProposedRelationRecord r = requireRelation(documentId, relationId);
    if (ACCEPTED.equals(r.getStatus())) {
      return r.getWrittenRelationId();
    }
    ProposedEntityRecord from = entities.findByDocumentIdAndEntityKey(documentId, r.getArg0()).orElse(null);
    ProposedEntityRecord to = entities.findByDocumentIdAndEntityKey(documentId, r.getArg1()).orElse(null);
    List<String> pending = new ArrayList<>();
    for (ProposedEntityRecord end : new ProposedEntityRecord[] {from, to}) {
      if (end == null || !ACCEPTED.equals(end.getStatus())) {
        pending.add(end == null ? "?" : end.getSurface());
      }
    }
    if (!pending.isEmpty()) {
      throw new ConflictException("ends-pending",
          "Accept both ends of the relation first: " + String.join(", ", pending) + " not accepted yet.", pending);
    }
    if (!isMapType(r.getType())) {
      if (HAS_THEME.equals(r.getType()) && from.getLinkedId() != null && to.getThemeCode() != null) {
        addTheme(RecordKind.valueOf(from.getLinkedKind()), from.getLinkedId(), to.getThemeCode());
        r.setStatus(ACCEPTED);
        r.reviewed(ExtractingDocumentIntake.currentUser());
        refreshStatus(document);
        return null;
      }
      throw new InvalidInputException("type", "the map has no relation type " + r.getType());
    }
    if (from.getLinkedId() == null || to.getLinkedId() == null) {
      throw new InvalidInputException("type", "a " + r.getType() + " relation needs two records, not a theme");
    }
    SourceRef source = source(document);
    var written = mapRelations.create(new RelationInput(RelationType.valueOf(r.getType()),
        RecordKind.valueOf(from.getLinkedKind()), from.getLinkedId(), RecordKind.valueOf(to.getLinkedKind()),
        to.getLinkedId(), null, null, r.getNote(), source.id(), r.getQuote()));
    r.setWrittenRelationId(written.id());
    r.setStatus(ACCEPTED);
    r.reviewed(ExtractingDocumentIntake.currentUser());
    refreshStatus(document);
    return written.id();
  }

  @Override
  @Transactional
  public void rejectRelation(long documentId, long relationId) {
    DocumentRecord document = requireDocument(documentId);
    ProposedRelationRecord r = requireRelation(documentId, relationId);
    if (r.getWrittenRelationId() != null) {
      throw new ConflictException("written", "This relation is already on the map (relation "
          + r.getWrittenRelationId() + "); delete it there.", List.of("relation " + r.getWrittenRelationId()));
    }
    r.setStatus(REJECTED);
    r.reviewed(ExtractingDocumentIntake.currentUser());
    refreshStatus(document);
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** IN_REVIEW while any proposal is pending, REVIEWED once none is. */
  private void refreshStatus(DocumentRecord document) {
    boolean pending = entities.findByDocumentIdOrderByIdAsc(document.getId()).stream()
        .anyMatch(e -> PENDING.equals(e.getStatus()))
        || relations.findByDocumentIdOrderByIdAsc(document.getId()).stream().anyMatch(r -> PENDING.equals(r.getStatus()));
    document.setStatus(pending ? DocumentRecord.IN_REVIEW : DocumentRecord.REVIEWED);
  }

  /**
   * Adds a theme to an organisation, programme, agreement or activity by rewriting the record with its
   * own fields plus the theme (the map has no theme relation).
   */
  private void addTheme(RecordKind kind, long id, String code) {
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
    Set<String> seen = new java.util.HashSet<>();
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

  private void accept(ProposedEntityRecord e, RecordKind kind, long recordId) {
    e.link(kind.name(), recordId);
    e.setStatus(ACCEPTED);
    e.reviewed(ExtractingDocumentIntake.currentUser());
  }

  /** Refuses to change an entity whose link already carries facts on the map. */
  private void requireNothingWritten(ProposedEntityRecord e) {
    List<String> written = new ArrayList<>();
    if (e.getWrittenRoleId() != null) {
      written.add("role " + e.getWrittenRoleId());
    }
    for (ProposedRelationRecord r : relations.findByDocumentIdOrderByIdAsc(e.getDocumentId())) {
      if (r.getWrittenRelationId() != null
          && (r.getArg0().equals(e.getEntityKey()) || r.getArg1().equals(e.getEntityKey()))) {
        written.add(r.getType() + " (relation " + r.getWrittenRelationId() + ")");
      }
    }
    for (ProposedEntityRecord p : entities.findByDocumentIdOrderByIdAsc(e.getDocumentId())) {
      if (p.getWrittenRoleId() != null && e.getEntityKey().equals(ProposalJson.attributes(p.getAttributes()).get("org"))) {
        written.add("role of " + p.getSurface());
      }
    }
    if (!written.isEmpty()) {
      throw new ConflictException("written", "\"" + e.getSurface()
          + "\" was already accepted and facts were written to the map with it: " + String.join(", ", written), written);
    }
  }

  /**
   * Writes the stated roles that have become complete: the accepted person's role (at the accepted
   * organisation the text ties it to), or, for an organisation, the roles of accepted people at it.
   */
  private void writeRoles(DocumentRecord document, ProposedEntityRecord accepted) {
    List<ProposedEntityRecord> all = entities.findByDocumentIdOrderByIdAsc(document.getId());
    Map<String, ProposedEntityRecord> byKey = new HashMap<>();
    all.forEach(p -> byKey.put(p.getEntityKey(), p));
    List<ProposedEntityRecord> persons = new ArrayList<>();
    if (EntityType.PERSON.name().equals(accepted.getType())) {
      persons.add(accepted);
    } else if (EntityType.ORG.name().equals(accepted.getType())) {
      all.stream().filter(p -> EntityType.PERSON.name().equals(p.getType()))
          .filter(p -> accepted.getEntityKey().equals(ProposalJson.attributes(p.getAttributes()).get("org")))
          .forEach(persons::add);
    }
    List<int[]> sentences = null;
    for (ProposedEntityRecord p : persons) {
      if (!ACCEPTED.equals(p.getStatus()) || p.getLinkedId() == null || p.getWrittenRoleId() != null) {
        continue;
      }
      Map<String, Object> attrs = ProposalJson.attributes(p.getAttributes());
      String role = attrs.get("role") instanceof String s && !s.isBlank() ? BodyText.shorten(s, 1000) : null;
      String orgKey = attrs.get("org") instanceof String s ? s : null;
      Long orgId = null;
      if (orgKey != null) {
        ProposedEntityRecord org = byKey.get(orgKey);
        if (org == null || !ACCEPTED.equals(org.getStatus()) || org.getLinkedId() == null
            || !RecordKind.ORGANISATION.name().equals(org.getLinkedKind())) {
          continue;
        }
        orgId = org.getLinkedId();
      }
      if (role == null && orgId == null) {
        continue;
      }
      Long finalOrgId = orgId;
      RoleView same = people.get(p.getLinkedId()).roles().stream()
          .filter(v -> Objects.equals(v.organisation() == null ? null : v.organisation().id(), finalOrgId))
          .filter(v -> SearchText.normalise(v.role()).equals(SearchText.normalise(role)))
          .findFirst().orElse(null);
      if (same != null) {
        p.setWrittenRoleId(same.id());
        continue;
      }
      if (sentences == null) {
        sentences = BodyText.sentences(document.getBody());
      }
      String quote = BodyText.sentenceWith(document.getBody(), sentences, ProposalJson.offsets(p.getOffsets()), role);
      RoleView written = people.addRole(p.getLinkedId(), orgId, role, source(document).id(), quote);
      p.setWrittenRoleId(written.id());
    }
  }

  private SourceRef source(DocumentRecord d) {
    return mapRelations.registerSource("doc-" + d.getId(), d.getTitle(), d.getLanguage(), fullDate(d.getDocDate()),
        null, d.getFileName() == null ? ExtractingDocumentIntake.PASTED : d.getFileName());
  }

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
      throw new InvalidInputException("subkind", "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
    return value;
  }

  private static String dateText(Object date) {
    return date instanceof Map<?, ?> m && m.get("text") != null ? String.valueOf(m.get("text")) : null;
  }

  /** Start and end of an ISO date or range when both are full dates. */
  private static LocalDate[] dates(Object date) {
    LocalDate[] out = new LocalDate[2];
    if (date instanceof Map<?, ?> m && m.get("iso") instanceof String iso) {
      String[] parts = iso.split("/");
      out[0] = fullDate(parts[0]);
      out[1] = parts.length > 1 ? fullDate(parts[1]) : null;
    }
    return out;
  }

  static LocalDate fullDate(String iso) {
    if (iso == null || iso.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException notAFullDate) {
      return null;
    }
  }

  private DocumentRecord requireDocument(long id) {
    return documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
  }

  private ProposedEntityRecord requireEntity(long documentId, long entityId) {
    return entities.findById(entityId).filter(e -> e.getDocumentId() == documentId)
        .orElseThrow(() -> new NotFoundException("proposed entity", entityId));
  }

  private ProposedRelationRecord requireRelation(long documentId, long relationId) {
    return relations.findById(relationId).filter(r -> r.getDocumentId() == documentId)
        .orElseThrow(() -> new NotFoundException("proposed relation", relationId));
  }
}
