package eu.intercluster.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

/** A candidate mention produced by a recogniser, before overlaps are resolved and entities are grouped. */
final class Cand {
  static final int CALLER = 100;
  static final int PATTERN = 90;
  static final int KNOWN = 85;
  static final int PERSON = 80;
  static final int CUE_NAME = 75;
  static final int PLACE = 70;
  static final int WEAK = 60;
  static final int GENERIC = 50;
  static final int THEME = 40;

  final int start;
  final int end;
  EntityType type;
  String kind;
  int prio;
  /** Grouping key: candidates with equal type and canon form one entity. */
  String canon;
  /** Generic mentions ("Regione", "evento") never become the canonical text when a name exists. */
  boolean generic;
  /** Listed in mentions but not used as canonical text (pronoun-like references are dropped entirely). */
  boolean reference;
  String externalId;
  String placeId;
  final Map<String, Object> attrs = new LinkedHashMap<>();

  Cand(int start, int end, EntityType type, String kind, int prio, String canon) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.kind = kind;
    this.prio = prio;
    this.canon = canon;
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }

  boolean inside(int s, int e) {
    return start >= s && end <= e;
  }

  int length() {
    return end - start;
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ")" + canon + "/" + prio;
  }
}
