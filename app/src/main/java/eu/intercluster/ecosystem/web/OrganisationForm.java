package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The create and edit form of an organisation. Aliases are typed in one text field, one per line
 * or separated by commas; themes are checkboxes. {@code allowSimilar} is set by the "this is a
 * different organisation" button after a possible-duplicate warning.
 */
public class OrganisationForm {

  static final int ALIAS_MAX = 300;

  @NotBlank(message = "{org.validation.required}")
  @Size(max = 300, message = "{org.validation.size}")
  private String name;

  @Size(max = 60, message = "{org.validation.size}")
  private String acronym;

  @Size(max = 6000, message = "{org.validation.size}")
  private String aliases;

  @NotNull(message = "{org.validation.kind}")
  private OrganisationKind kind;

  @Size(max = 120, message = "{org.validation.size}")
  private String country;

  @Size(max = 120, message = "{org.validation.size}")
  private String region;

  @Size(max = 120, message = "{org.validation.size}")
  private String city;

  @Size(max = 500, message = "{org.validation.size}")
  @Pattern(regexp = "^$|https?://\\S+", message = "{org.validation.website}")
  private String website;

  @Size(max = 4000, message = "{org.validation.size}")
  private String description;

  private List<String> themes = new ArrayList<>();

  private boolean allowSimilar;

  static OrganisationForm of(OrganisationDetails o) {
    OrganisationForm form = new OrganisationForm();
    form.name = o.name();
    form.acronym = o.acronym();
    form.aliases = o.aliases() == null ? "" : String.join("\n", o.aliases());
    form.kind = o.kind();
    form.country = o.country();
    form.region = o.region();
    form.city = o.city();
    form.website = o.website();
    form.description = o.description();
    form.themes = o.themes() == null ? new ArrayList<>() : new ArrayList<>(o.themes());
    return form;
  }

  /** The aliases typed, split on commas and new lines, trimmed, without blanks and repeats. */
  List<String> aliasList() {
    if (aliases == null || aliases.isBlank()) {
      return List.of();
    }
    Set<String> list = new LinkedHashSet<>();
    Arrays.stream(aliases.split("[,\\r\\n]+")).map(String::strip).filter(a -> !a.isEmpty())
        .forEach(list::add);
    return List.copyOf(list);
  }

  OrganisationInput toInput() {
    return new OrganisationInput(strip(name), blankToNull(acronym), aliasList(), kind,
        blankToNull(country), blankToNull(region), blankToNull(city), blankToNull(website),
        blankToNull(description), themes == null ? Set.of() : new LinkedHashSet<>(themes));
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAcronym() {
    return acronym;
  }

  public void setAcronym(String acronym) {
    this.acronym = acronym;
  }

  public String getAliases() {
    return aliases;
  }

  public void setAliases(String aliases) {
    this.aliases = aliases;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes == null ? new ArrayList<>() : themes;
  }

  public boolean isAllowSimilar() {
    return allowSimilar;
  }

  public void setAllowSimilar(boolean allowSimilar) {
    this.allowSimilar = allowSimilar;
  }
}
