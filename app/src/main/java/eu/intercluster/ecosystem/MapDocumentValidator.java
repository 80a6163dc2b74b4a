package eu.intercluster.ecosystem;

import eu.intercluster.system.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a whole map document before anything is written and lists every problem with its JSON
 * path: keys (present, well formed, unique across kinds), required fields, vocabularies, themes,
 * references to other records (in the document or already stored), dates.
 */
class MapDocumentValidator {

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,119}");

  private final List<FieldProblem> problems = new ArrayList<>();
  private final Map<String, RecordKind> keys = new HashMap<>();
  private final Function<String, RecordKind> storedKind;
  private final ThemeCatalogue themes;
  private final java.util.Set<String> sourceKeys = new java.util.HashSet<>();
  private final java.util.function.Predicate<String> storedSource;

  /**
   * @param storedKind the kind of an already stored record with that key, or null
   * @param storedSource whether a source document with that key is already stored
   */
  MapDocumentValidator(Function<String, RecordKind> storedKind, java.util.function.Predicate<String> storedSource,
      ThemeCatalogue themes) {
    this.storedKind = storedKind;
    this.storedSource = storedSource;
    this.themes = themes;
  }

  List<FieldProblem> validate(MapDocument doc) {
    if (doc.format() != null && !MapDocument.FORMAT.equals(doc.format())) {
      add("$.format", "must be '" + MapDocument.FORMAT + "'");
    }
    if (doc.version() != null && doc.version() != MapDocument.VERSION) {
      add("$.version", "version " + doc.version() + " is not supported; this platform reads version " + MapDocument.VERSION);
    }
    each(doc.sources(), "sources", (s, p) -> {
      if (key(p, s.key(), null)) {
        if (!sourceKeys.add(s.key())) add(p + ".key", "duplicate key '" + s.key() + "'");
      }
      required(p + ".title", s.title(), 1000);
    });
    each(doc.places(), "places", (r, p) -> {
      declare(p, r.key(), RecordKind.PLACE);
      required(p + ".name", r.name(), 300);
      vocabulary(p + ".kind", r.kind(), PlaceKind.class);
    });
    each(doc.organisations(), "organisations", (r, p) -> {
      declare(p, r.key(), RecordKind.ORGANISATION);
      required(p + ".name", r.name(), 300);
      vocabulary(p + ".kind", r.kind(), OrganisationKind.class);
      themes(p, r.themes());
      if (r.website() != null && !r.website().isBlank() && !r.website().matches("https?://\\S+")) {
        add(p + ".website", "must be a web address starting with http:// or https://");
      }
    });
    each(doc.programmes(), "programmes", (r, p) -> {
      declare(p, r.key(), RecordKind.PROGRAMME);
      required(p + ".name", r.name(), 300);
      vocabulary(p + ".kind", r.kind(), ProgrammeKind.class);
      themes(p, r.themes());
    });
    each(doc.people(), "people", (r, p) -> {
      declare(p, r.key(), RecordKind.PERSON);
      required(p + ".name", r.name(), 300);
    });
    each(doc.agreements(), "agreements", (r, p) -> {
      declare(p, r.key(), RecordKind.AGREEMENT);
      required(p + ".title", r.title(), 500);
      vocabulary(p + ".kind", r.kind(), AgreementKind.class);
      vocabulary(p + ".status", r.status(), AgreementStatus.class);
      themes(p, r.themes());
      order(p + ".expiresOn", r.signedOn(), r.expiresOn(), "signedOn");
    });
    each(doc.activities(), "activities", (r, p) -> {
      declare(p, r.key(), RecordKind.ACTIVITY);
      required(p + ".title", r.title(), 500);
      vocabulary(p + ".kind", r.kind(), ActivityKind.class);
      themes(p, r.themes());
      order(p + ".endDate", r.startDate(), r.endDate(), "startDate");
    });
    references(doc);
    return problems;
  }

  private void references(MapDocument doc) {
    each(doc.places(), "places", (r, p) -> reference(p + ".parent", r.parent(), RecordKind.PLACE));
    each(doc.people(), "people", (r, p) -> each(r.roles(), p.substring(2) + ".roles", (role, rp) -> {
      reference(rp + ".organisation", role.organisation(), RecordKind.ORGANISATION);
      source(rp + ".source", role.source());
    }));
    each(doc.agreements(), "agreements", (r, p) -> reference(p + ".signingPlace", r.signingPlace(), RecordKind.PLACE));
    each(doc.activities(), "activities", (r, p) -> {
      reference(p + ".place", r.place(), RecordKind.PLACE);
      reference(p + ".programme", r.programme(), RecordKind.PROGRAMME);
      reference(p + ".parent", r.parent(), RecordKind.ACTIVITY);
    });
    each(doc.relations(), "relations", (r, p) -> {
      vocabulary(p + ".type", r.type(), RelationType.class);
      reference(p + ".from", required(p + ".from", r.from(), 120) ? r.from() : null, null);
      reference(p + ".to", required(p + ".to", r.to(), 120) ? r.to() : null, null);
      source(p + ".source", r.source());
      order(p + ".toDate", r.fromDate(), r.toDate(), "fromDate");
    });
  }

  private interface Check<T> {
    void check(T item, String path);
  }

  private <T> void each(List<T> items, String name, Check<T> check) {
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      String path = "$." + name + "[" + i + "]";
      if (items.get(i) == null) {
        add(path, "must not be null");
      } else {
        check.check(items.get(i), path);
      }
    }
  }

  private boolean key(String path, String key, RecordKind kind) {
    if (key == null || key.isBlank()) {
      add(path + ".key", "must not be blank");
      return false;
    }
    if (!KEY.matcher(key).matches()) {
      add(path + ".key", "'" + key + "' must be lower-case letters, digits, '.', '_' or '-' (at most 120)");
      return false;
    }
    return true;
  }

  private void declare(String path, String key, RecordKind kind) {
    if (!key(path, key, kind)) {
      return;
    }
    RecordKind previous = keys.putIfAbsent(key, kind);
    if (previous != null) {
      add(path + ".key", "duplicate key '" + key + "' (already used by a " + previous.name().toLowerCase() + ")");
      return;
    }
    RecordKind stored = storedKind.apply(key);
    if (stored != null && stored != kind) {
      add(path + ".key", "key '" + key + "' already belongs to a stored " + stored.name().toLowerCase());
    }
  }

  private void reference(String path, String key, RecordKind expected) {
    if (key == null || key.isBlank()) {
      return;
    }
    RecordKind kind = keys.containsKey(key) ? keys.get(key) : storedKind.apply(key);
    if (kind == null) {
      add(path, "no record with key '" + key + "' in the file or on the map");
    } else if (expected != null && kind != expected) {
      add(path, "'" + key + "' is a " + kind.name().toLowerCase() + ", not a " + expected.name().toLowerCase());
    }
  }

  private void source(String path, String key) {
    if (key != null && !key.isBlank() && !sourceKeys.contains(key) && !storedSource.test(key)) {
      add(path, "no source document with key '" + key + "'");
    }
  }

  private boolean required(String path, String value, int max) {
    if (value == null || value.isBlank()) {
      add(path, "must not be blank");
      return false;
    }
    if (value.length() > max) {
      add(path, "must be at most " + max + " characters");
      return false;
    }
    return true;
  }

  private <E extends Enum<E>> void vocabulary(String path, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      add(path, "must be one of " + List.of(type.getEnumConstants()));
      return;
    }
    try {
      Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      add(path, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
    }
  }

  private void themes(String path, Collection<String> codes) {
    if (codes != null) {
      codes.stream().filter(c -> !themes.exists(c)).forEach(c -> add(path + ".themes", "unknown theme '" + c + "'"));
    }
  }

  private void order(String path, LocalDate first, LocalDate second, String firstName) {
    if (first != null && second != null && second.isBefore(first)) {
      add(path, "must not be before " + firstName);
    }
  }

  private void add(String path, String message) {
    problems.add(new FieldProblem(path, message));
  }
}
