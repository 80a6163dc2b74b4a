package eu.intercluster.documents;

import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementStatus;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.PlaceKind;
import eu.intercluster.ecosystem.ProgrammeKind;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.extraction.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the extractor's entity types and free kind labels map to the map's record kinds and enums, and back. */
final class Kinds {

  private static final Map<String, OrganisationKind> ORG_KINDS = Map.ofEntries(
      Map.entry("government", OrganisationKind.PUBLIC_BODY),
      Map.entry("agency", OrganisationKind.AGENCY),
      Map.entry("cluster", OrganisationKind.CLUSTER),
      Map.entry("company", OrganisationKind.COMPANY),
      Map.entry("university", OrganisationKind.UNIVERSITY),
      Map.entry("research", OrganisationKind.RESEARCH_CENTRE),
      Map.entry("research consortium", OrganisationKind.CONSORTIUM),
      Map.entry("research foundation", OrganisationKind.FOUNDATION),
      Map.entry("association", OrganisationKind.ASSOCIATION),
      Map.entry("network", OrganisationKind.NETWORK),
      Map.entry("chamber of commerce", OrganisationKind.CHAMBER_OF_COMMERCE),
      Map.entry("school", OrganisationKind.SCHOOL),
      Map.entry("eu body", OrganisationKind.EU_BODY),
      Map.entry("consortium", OrganisationKind.CONSORTIUM),
      Map.entry("science park", OrganisationKind.SCIENCE_PARK),
      Map.entry("foundation", OrganisationKind.FOUNDATION));

  private static final Map<String, ActivityKind> EVENT_KINDS = Map.ofEntries(
      Map.entry("mission", ActivityKind.MISSION),
      Map.entry("delegation", ActivityKind.MISSION),
      Map.entry("forum", ActivityKind.FORUM),
      Map.entry("conference", ActivityKind.CONFERENCE),
      Map.entry("fair", ActivityKind.FAIR),
      Map.entry("b2b", ActivityKind.BROKERAGE_EVENT),
      Map.entry("meeting", ActivityKind.MEETING),
      Map.entry("business meeting", ActivityKind.MEETING),
      Map.entry("hearing", ActivityKind.HEARING),
      Map.entry("ceremony", ActivityKind.CEREMONY),
      Map.entry("press conference", ActivityKind.PRESS_CONFERENCE),
      Map.entry("workshop", ActivityKind.WORKSHOP),
      Map.entry("seminar", ActivityKind.SEMINAR),
      Map.entry("launch", ActivityKind.LAUNCH),
      Map.entry("visit", ActivityKind.SITE_VISIT));

  private Kinds() {}

  /** The record kind an entity type becomes; null for THEME. */
  static RecordKind recordKind(EntityType type) {
    return switch (type) {
      case ORG -> RecordKind.ORGANISATION;
      case PERSON -> RecordKind.PERSON;
      case PLACE -> RecordKind.PLACE;
      case PROGRAMME -> RecordKind.PROGRAMME;
      case AGREEMENT -> RecordKind.AGREEMENT;
      case EVENT -> RecordKind.ACTIVITY;
      case THEME -> null;
    };
  }

  static EntityType entityType(RecordKind kind) {
    return switch (kind) {
      case ORGANISATION -> EntityType.ORG;
      case PERSON -> EntityType.PERSON;
      case PLACE -> EntityType.PLACE;
      case PROGRAMME -> EntityType.PROGRAMME;
      case AGREEMENT -> EntityType.AGREEMENT;
      case ACTIVITY -> EntityType.EVENT;
    };
  }

  /** The enum names a new record of the kind can have; empty for people. */
  static List<String> subkinds(RecordKind kind) {
    if (kind == null) {
      return List.of();
    }
    Enum<?>[] values = switch (kind) {
      case ORGANISATION -> OrganisationKind.values();
      case PLACE -> PlaceKind.values();
      case PROGRAMME -> ProgrammeKind.values();
      case AGREEMENT -> AgreementKind.values();
      case ACTIVITY -> ActivityKind.values();
      case PERSON -> new Enum<?>[0];
    };
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /** The subkind to preselect from the extractor's kind label, else from words of the entity's text. */
  static String suggestedSubkind(EntityType type, String label, String text) {
    String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case ORG -> ORG_KINDS.getOrDefault(l, OrganisationKind.OTHER).name();
      case PLACE -> enumOr(PlaceKind.class, l, PlaceKind.CITY).name();
      case PROGRAMME -> enumOr(ProgrammeKind.class, l.replace(' ', '_'), ProgrammeKind.PROJECT).name();
      case EVENT -> {
        ActivityKind kind = EVENT_KINDS.getOrDefault(l, ActivityKind.OTHER);
        yield (kind == ActivityKind.OTHER ? eventKindFromText(text) : kind).name();
      }
      case AGREEMENT -> {
        AgreementKind kind = agreementKind(l);
        yield (kind == AgreementKind.OTHER ? agreementKind(text) : kind).name();
      }
      case PERSON, THEME -> null;
    };
  }

  /** The subkind to preselect for a proposed entity, from its {@code kind} attribute and its text. */
  static String suggestedSubkindFor(EntityType type, Map<String, Object> attributes, String text) {
    return suggestedSubkind(type, attributes.get("kind") instanceof String k ? k : null, text);
  }

  private static final List<Map.Entry<String, ActivityKind>> EVENT_WORDS = List.of(
      Map.entry("conferenza stampa", ActivityKind.PRESS_CONFERENCE), Map.entry("press conference", ActivityKind.PRESS_CONFERENCE),
      Map.entry("mission", ActivityKind.MISSION), Map.entry("delegazion", ActivityKind.MISSION),
      Map.entry("delegation", ActivityKind.MISSION), Map.entry("forum", ActivityKind.FORUM),
      Map.entry("conferen", ActivityKind.CONFERENCE), Map.entry("convegno", ActivityKind.CONFERENCE),
      Map.entry("fiera", ActivityKind.FAIR), Map.entry("fair", ActivityKind.FAIR), Map.entry("salon", ActivityKind.FAIR),
      Map.entry("b2b", ActivityKind.BROKERAGE_EVENT), Map.entry("brokerage", ActivityKind.BROKERAGE_EVENT),
      Map.entry("seminar", ActivityKind.SEMINAR), Map.entry("webinar", ActivityKind.SEMINAR),
      Map.entry("workshop", ActivityKind.WORKSHOP), Map.entry("visit", ActivityKind.SITE_VISIT),
      Map.entry("cerimonia", ActivityKind.CEREMONY), Map.entry("ceremon", ActivityKind.CEREMONY),
      Map.entry("audizion", ActivityKind.HEARING), Map.entry("hearing", ActivityKind.HEARING),
      Map.entry("inaugura", ActivityKind.LAUNCH), Map.entry("launch", ActivityKind.LAUNCH),
      Map.entry("incontr", ActivityKind.MEETING), Map.entry("meeting", ActivityKind.MEETING),
      Map.entry("riunion", ActivityKind.MEETING));

  static ActivityKind eventKindFromText(String text) {
    String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
    return EVENT_WORDS.stream().filter(e -> t.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
        .orElse(ActivityKind.OTHER);
  }

  static AgreementKind agreementKind(String label) {
    String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
    if (l.contains("memorandum of cooperation")) {
      return AgreementKind.MEMORANDUM_OF_COOPERATION;
    }
    if (l.equals("mou") || l.contains("memorandum") || l.contains("intesa") && !l.contains("protocollo")) {
      return AgreementKind.MOU;
    }
    if (l.contains("protocol")) {
      return AgreementKind.PROTOCOL;
    }
    if (l.contains("quadro") || l.contains("framework")) {
      return AgreementKind.FRAMEWORK_AGREEMENT;
    }
    if (l.contains("collaborat") || l.contains("cooperat")) {
      return AgreementKind.COLLABORATION_AGREEMENT;
    }
    if (l.contains("contract") || l.contains("contratto")) {
      return AgreementKind.CONTRACT;
    }
    return AgreementKind.OTHER;
  }

  static AgreementStatus agreementStatus(String label) {
    String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
    return switch (l) {
      case "signed", "ratified" -> AgreementStatus.SIGNED;
      case "renewed" -> AgreementStatus.RENEWED;
      default -> AgreementStatus.DRAFT;
    };
  }

  /** The extractor's kind label for a map record's subkind, for the gazetteer. */
  static String gazetteerKind(RecordKind kind, String subkind) {
    if (subkind == null) {
      return null;
    }
    if (kind == RecordKind.ORGANISATION) {
      for (Map.Entry<String, OrganisationKind> e : ORG_KINDS.entrySet()) {
        if (e.getValue().name().equals(subkind) && !e.getKey().contains(" ")) {
          return e.getKey();
        }
      }
      return switch (subkind) {
        case "CHAMBER_OF_COMMERCE" -> "chamber of commerce";
        case "EU_BODY" -> "EU body";
        case "SCIENCE_PARK" -> "science park";
        default -> null;
      };
    }
    return subkind.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
    if (name == null || name.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return fallback;
    }
  }
}
