package eu.intercluster.ecosystem.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "person")
public class Person extends MapRecordEntity {

  @Column(nullable = false, length = 300)
  private String name;

  @Column(length = 4000)
  private String description;

  @ElementCollection
  @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "alias", length = 300)
  private Set<String> aliases = new TreeSet<>();

  @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PersonRole> roles = new ArrayList<>();

  @Override
  public eu.intercluster.ecosystem.RecordKind recordKind() {
    return eu.intercluster.ecosystem.RecordKind.PERSON;
  }

  @Override
  public String label() {
    return name;
  }

  @Override
  protected List<String> searchParts() {
    List<String> parts = new ArrayList<>(List.of(name));
    parts.addAll(aliases);
    roles.forEach(role -> parts.add(role.getRoleText()));
    return parts;
  }

  public PersonRole addRole(Organisation organisation, String roleText) {
    PersonRole role = new PersonRole(this, organisation, roleText);
    roles.add(role);
    return role;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Set<String> getAliases() { return aliases; }
  public List<PersonRole> getRoles() { return roles; }
}
