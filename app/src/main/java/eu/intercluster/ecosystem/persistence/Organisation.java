package eu.intercluster.ecosystem.persistence;

import eu.intercluster.ecosystem.OrganisationKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "organisation")
public class Organisation extends MapRecordEntity {

  @Column(nullable = false, length = 300)
  private String name;

  @Column(length = 60)
  private String acronym;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private OrganisationKind kind;

  private String country;
  private String region;
  private String city;

  @Column(length = 500)
  private String website;

  @Column(length = 4000)
  private String description;

  @ElementCollection
  @CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "alias", length = 300)
  private Set<String> aliases = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "organisation_theme", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "theme_code", length = 40)
  private Set<String> themes = new TreeSet<>();

  @Override
  public eu.intercluster.ecosystem.RecordKind recordKind() {
    return eu.intercluster.ecosystem.RecordKind.ORGANISATION;
  }

  @Override
  public String label() {
    return name;
  }

  @Override
  protected List<String> searchParts() {
    List<String> parts = new ArrayList<>(List.of(name));
    if (acronym != null) {
      parts.add(acronym);
    }
    parts.addAll(aliases);
    parts.add(city);
    parts.add(region);
    parts.add(country);
    return parts;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getAcronym() { return acronym; }
  public void setAcronym(String acronym) { this.acronym = acronym; }
  public OrganisationKind getKind() { return kind; }
  public void setKind(OrganisationKind kind) { this.kind = kind; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
  public String getRegion() { return region; }
  public void setRegion(String region) { this.region = region; }
  public String getCity() { return city; }
  public void setCity(String city) { this.city = city; }
  public String getWebsite() { return website; }
  public void setWebsite(String website) { this.website = website; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Set<String> getAliases() { return aliases; }
  public Set<String> getThemes() { return themes; }
}
