package eu.intercluster.ecosystem;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The map exchange format ({@code docs/map-format.md}): the whole map, or part of it, with
 * records identified by keys that are unique across kinds. Enum-like fields are kept as strings
 * so that an import can report every bad value with its JSON path instead of failing at the first.
 */
public record MapDocument(String format, Integer version, List<Source> sources, List<PlaceRecord> places,
    List<OrganisationRecord> organisations, List<PersonRecord> people,
    List<ProgrammeRecord> programmes, List<AgreementRecord> agreements,
    List<ActivityRecord> activities, List<RelationRecord> relations) {

  public static final String FORMAT = "intercluster-map";
  public static final int VERSION = 1;

  public MapDocument {
    sources = orEmpty(sources);
    places = orEmpty(places);
    organisations = orEmpty(organisations);
    people = orEmpty(people);
    programmes = orEmpty(programmes);
    agreements = orEmpty(agreements);
    activities = orEmpty(activities);
    relations = orEmpty(relations);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  public record Source(String key, String title, String language, LocalDate publishedOn, String url,
      String origin) {}

  public record PlaceRecord(String key, String name, List<String> aliases, String kind, String parent,
      String country, String description) {}

  public record OrganisationRecord(String key, String name, String acronym, List<String> aliases,
      String kind, String country, String region, String city, String website, String description,
      Set<String> themes) {}

  public record PersonRecord(String key, String name, List<String> aliases, String description,
      List<Role> roles) {}

  public record Role(String organisation, String role, LocalDate from, LocalDate to, String source,
      String quote) {}

  public record ProgrammeRecord(String key, String name, List<String> aliases, String kind,
      String description, Set<String> themes) {}

  public record AgreementRecord(String key, String title, String kind, String status,
      LocalDate signedOn, String signingPlace, String duration, LocalDate expiresOn,
      String description, Set<String> themes) {}

  public record ActivityRecord(String key, String title, String kind, LocalDate startDate,
      LocalDate endDate, String dateText, String place, String programme, String parent,
      String description, Set<String> themes) {}

  public record RelationRecord(String type, String from, String to, LocalDate fromDate,
      LocalDate toDate, String note, String source, String quote) {}
}
