package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.Theme;
import eu.intercluster.ecosystem.persistence.ThemeRepository;
import eu.intercluster.system.InvalidInputException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The theme taxonomy, read once from the database (it changes only with a migration). */
@Component("themeCatalogue")
class JpaThemeCatalogue implements ThemeCatalogue {

  private final ThemeRepository themes;
  private volatile List<Theme> cache;

  JpaThemeCatalogue(ThemeRepository themes) {
    this.themes = themes;
  }

  private List<Theme> themes() {
    List<Theme> loaded = cache;
    if (loaded == null) {
      loaded = themes.findAllByOrderByPosition();
      cache = loaded;
    }
    return loaded;
  }

  private Map<String, Theme> byCode() {
    return themes().stream().collect(Collectors.toMap(Theme::getCode, Function.identity()));
  }

  @Override
  public List<ThemeView> all(Locale locale) {
    return themes().stream().map(t -> new ThemeView(t.getCode(), label(t, locale))).toList();
  }

  @Override
  public String label(String code, Locale locale) {
    Theme theme = byCode().get(code);
    return theme == null ? code : label(theme, locale);
  }

  @Override
  public boolean exists(String code) {
    return code != null && byCode().containsKey(code);
  }

  /** @throws InvalidInputException naming {@code field} and the first unknown code */
  void requireKnown(String field, Collection<String> codes) {
    for (String code : codes) {
      if (!exists(code)) {
        throw new InvalidInputException(field, "unknown theme '" + code + "'");
      }
    }
  }

  private static String label(Theme theme, Locale locale) {
    return locale != null && "it".equals(locale.getLanguage()) ? theme.getLabelIt() : theme.getLabelEn();
  }
}
