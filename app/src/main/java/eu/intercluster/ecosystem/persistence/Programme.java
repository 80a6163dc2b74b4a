package eu.intercluster.ecosystem.persistence;

import eu.intercluster.ecosystem.ProgrammeKind;
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
@Table(name = "programme")
public class Programme extends MapRecordEntity {

  @Column(nullable = false, length = 300)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ProgrammeKind kind;

  @Column(length = 4000)
  private String description;

  @ElementCollection
  @CollectionTable(name = "programme_alias", joinColumns = @JoinColumn(name = "programme_id"))
  @Column(name = "alias", length = 300)
  private Set<String> aliases = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "programme_theme", joinColumns = @JoinColumn(name = "programme_id"))
  @Column(name = "theme_code", length = 40)
  private Set<String> themes = new TreeSet<>();

  @Override
  public eu.intercluster.ecosystem.RecordKind recordKind() {
    return eu.intercluster.ecosystem.RecordKind.PROGRAMME;
  }

  @Override
  public String label() {
    return name;
  }

  @Override
  protected List<String> searchParts() {
    List<String> parts = new ArrayList<>(List.of(name));
    parts.addAll(aliases);
    return parts;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public ProgrammeKind getKind() { return kind; }
  public void setKind(ProgrammeKind kind) { this.kind = kind; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Set<String> getAliases() { return aliases; }
  public Set<String> getThemes() { return themes; }
}
