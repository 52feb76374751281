package io.github.mispa.model;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The titles of the offices of a meeting in the four official languages, masculine and feminine, as
 * OAS meetings write them ("Presidente", "Presidenta"; "Relator", "Relatora"). The sources are
 * listed in {@code docs/terminology.md}.
 */
final class OfficeTitles {
  // English, then Spanish, French and Portuguese, each "masculine/feminine".
  private static final ImmutableMap<Office, String> TABLE =
      ImmutableMap.of(
          Office.CHAIR,
          "Chair/Chair | Presidente/Presidenta | Président/Présidente | Presidente/Presidente",
          Office.VICE_CHAIR,
          "Vice Chair/Vice Chair | Vicepresidente/Vicepresidenta | Vice-Président/Vice-Présidente"
              + " | Vice-Presidente/Vice-Presidente",
          Office.FIRST_VICE_CHAIR,
          "First Vice Chair/First Vice Chair | Primer Vicepresidente/Primera Vicepresidenta"
              + " | Premier Vice-Président/Première Vice-Présidente"
              + " | Primeiro Vice-Presidente/Primeira Vice-Presidente",
          Office.SECOND_VICE_CHAIR,
          "Second Vice Chair/Second Vice Chair | Segundo Vicepresidente/Segunda Vicepresidenta"
              + " | Deuxième Vice-Président/Deuxième Vice-Présidente"
              + " | Segundo Vice-Presidente/Segunda Vice-Presidente",
          Office.RAPPORTEUR,
          "Rapporteur/Rapporteur | Relator/Relatora | Rapporteur/Rapporteuse | Relator/Relatora");

  private static final ImmutableMap<Office, ImmutableMap<OfficialLanguage, List<String>>> TITLES =
      parse();

  private OfficeTitles() {}

  static String of(Office office, OfficialLanguage language, GrammaticalGender gender) {
    List<String> both =
        Objects.requireNonNull(Objects.requireNonNull(TITLES.get(office)).get(language));
    return both.get(gender == GrammaticalGender.FEMININE ? 1 : 0);
  }

  private static ImmutableMap<Office, ImmutableMap<OfficialLanguage, List<String>>> parse() {
    Map<Office, ImmutableMap<OfficialLanguage, List<String>>> titles = new EnumMap<>(Office.class);
    for (Office office : Office.values()) {
      String row = TABLE.get(office);
      if (row == null) {
        throw new IllegalStateException("no titles for " + office);
      }
      List<String> cells = Splitter.on('|').trimResults().splitToList(row);
      Map<OfficialLanguage, List<String>> byLanguage = new EnumMap<>(OfficialLanguage.class);
      OfficialLanguage[] languages = OfficialLanguage.values();
      for (int i = 0; i < languages.length; i++) {
        byLanguage.put(languages[i], Splitter.on('/').splitToList(cells.get(i)));
      }
      titles.put(office, ImmutableMap.copyOf(byLanguage));
    }
    return ImmutableMap.copyOf(titles);
  }
}
