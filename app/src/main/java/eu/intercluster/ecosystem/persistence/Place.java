package eu.intercluster.ecosystem.persistence;

import eu.intercluster.ecosystem.PlaceKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "place")
public class Place extends MapRecordEntity {

  @Column(nullable = false, length = 300)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private PlaceKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Place parent;

  private String country;

  @Column(length = 4000)
  private String description;

  @ElementCollection
  @CollectionTable(name = "place_alias", joinColumns = @JoinColumn(name = "place_id"))
  @Column(name = "alias", length = 300)
  private Set<String> aliases = new TreeSet<>();

  @Override
  public eu.intercluster.ecosystem.RecordKind recordKind() {
    return eu.intercluster.ecosystem.RecordKind.PLACE;
  }

  @Override
  public String label() {
    return name;
  }

  @Override
  protected List<String> searchParts() {
    List<String> parts = new ArrayList<>(List.of(name));
    parts.addAll(aliases);
    parts.add(country);
    return parts;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public PlaceKind getKind() { return kind; }
  public void setKind(PlaceKind kind) { this.kind = kind; }
  public Place getParent() { return parent; }
  public void setParent(Place parent) { this.parent = parent; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Set<String> getAliases() { return aliases; }
}
