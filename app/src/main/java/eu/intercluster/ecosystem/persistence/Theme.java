package eu.intercluster.ecosystem.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the theme taxonomy (seeded by the schema migration). */
@Entity
@Table(name = "theme")
public class Theme {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "label_en", nullable = false, length = 120)
  private String labelEn;

  @Column(name = "label_it", nullable = false, length = 120)
  private String labelIt;

  @Column(nullable = false)
  private int position;

  protected Theme() {}

  public String getCode() { return code; }
  public String getLabelEn() { return labelEn; }
  public String getLabelIt() { return labelIt; }
  public int getPosition() { return position; }
}
