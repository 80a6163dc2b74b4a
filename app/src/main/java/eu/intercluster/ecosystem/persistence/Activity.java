package eu.intercluster.ecosystem.persistence;

import eu.intercluster.ecosystem.ActivityKind;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A mission, forum, brokerage event, visit...; organisers and participants are relations. */
@Entity
@Table(name = "activity")
public class Activity extends MapRecordEntity {

  @Column(nullable = false, length = 500)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ActivityKind kind;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "date_text", length = 200)
  private String dateText;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "place_id")
  private Place place;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Activity parent;

  @Column(length = 4000)
  private String description;

  @ElementCollection
  @CollectionTable(name = "activity_theme", joinColumns = @JoinColumn(name = "activity_id"))
  @Column(name = "theme_code", length = 40)
  private Set<String> themes = new TreeSet<>();

  @Override
  public eu.intercluster.ecosystem.RecordKind recordKind() {
    return eu.intercluster.ecosystem.RecordKind.ACTIVITY;
  }

  @Override
  public String label() {
    return title;
  }

  @Override
  protected List<String> searchParts() {
    return List.of(title, kind.name().replace('_', ' '));
  }

  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public ActivityKind getKind() { return kind; }
  public void setKind(ActivityKind kind) { this.kind = kind; }
  public LocalDate getStartDate() { return startDate; }
  public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
  public LocalDate getEndDate() { return endDate; }
  public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
  public String getDateText() { return dateText; }
  public void setDateText(String dateText) { this.dateText = dateText; }
  public Place getPlace() { return place; }
  public void setPlace(Place place) { this.place = place; }
  public Programme getProgramme() { return programme; }
  public void setProgramme(Programme programme) { this.programme = programme; }
  public Activity getParent() { return parent; }
  public void setParent(Activity parent) { this.parent = parent; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Set<String> getThemes() { return themes; }
}
