package eu.intercluster.ecosystem;

import java.util.List;
import java.util.Locale;

/** The theme taxonomy with labels in English and Italian. Usable in templates as {@code @themeCatalogue}. */
public interface ThemeCatalogue {

  List<ThemeView> all(Locale locale);

  /** The label of a theme code in the locale's language (English unless Italian); the code if unknown. */
  String label(String code, Locale locale);

  boolean exists(String code);
}
