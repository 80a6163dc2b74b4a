package eu.intercluster.ecosystem.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person's role at an organisation (or with none stated), as written in its source. */
@Entity
@Table(name = "person_role")
public class PersonRole {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "role_text", length = 1000)
  private String roleText;

  @Column(name = "from_date")
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "source_id")
  private SourceDocument source;

  @Column(length = 2000)
  private String quote;

  protected PersonRole() {}

  PersonRole(Person person, Organisation organisation, String roleText) {
    this.person = person;
    this.organisation = organisation;
    this.roleText = roleText;
  }

  public Long getId() { return id; }
  public Person getPerson() { return person; }
  public Organisation getOrganisation() { return organisation; }
  public void setOrganisation(Organisation organisation) { this.organisation = organisation; }
  public String getRoleText() { return roleText; }
  public void setRoleText(String roleText) { this.roleText = roleText; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
  public SourceDocument getSource() { return source; }
  public void setSource(SourceDocument source) { this.source = source; }
  public String getQuote() { return quote; }
  public void setQuote(String quote) { this.quote = quote; }
}
