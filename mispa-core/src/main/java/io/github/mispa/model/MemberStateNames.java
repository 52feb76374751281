package io.github.mispa.model;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the member states in the four official languages, as the OAS writes them in running
 * text. The sources are listed in {@code docs/terminology.md}.
 *
 * <p>Each entry is written as the name stands in a sentence, then its gender and number: "el
 * Perú:m" is "Perú" with the article "el", masculine; "los Estados Unidos:mp" is plural. A leading
 * "^" marks a name without article that starts with a vowel sound (French elides "de" before it:
 * d’Haïti). Written as text, one line a state, so that the table reads as the sources do.
 */
final class MemberStateNames {
  private static final List<String> ARTICLES =
      List.of("the", "el", "la", "los", "las", "le", "l’", "les", "o", "a", "os", "as");

  //   code   English | Spanish | French | Portuguese
  private static final String TABLE =
      """
      AG Antigua and Barbuda:m | Antigua y Barbuda:f | ^Antigua-et-Barbuda:f | Antígua e Barbuda:f
      AR Argentina:f | la Argentina:f | l’Argentine:f | a Argentina:f
      BS the Bahamas:fp | las Bahamas:fp | les Bahamas:fp | as Bahamas:fp
      BB Barbados:m | Barbados:m | la Barbade:f | Barbados:m
      BZ Belize:m | Belice:m | le Belize:m | Belize:m
      BO Bolivia:f | Bolivia:f | la Bolivie:f | a Bolívia:f
      BR Brazil:m | el Brasil:m | le Brésil:m | o Brasil:m
      CA Canada:m | Canadá:m | le Canada:m | o Canadá:m
      CL Chile:m | Chile:m | le Chili:m | o Chile:m
      CO Colombia:f | Colombia:f | la Colombie:f | a Colômbia:f
      CR Costa Rica:f | Costa Rica:f | le Costa Rica:m | a Costa Rica:f
      CU Cuba:f | Cuba:f | Cuba:f | Cuba:f
      DM Dominica:f | Dominica:f | la Dominique:f | Dominica:f
      DO the Dominican Republic:f | la República Dominicana:f | la République dominicaine:f | a República Dominicana:f
      EC Ecuador:m | el Ecuador:m | l’Équateur:m | o Equador:m
      SV El Salvador:m | El Salvador:m | ^El Salvador:m | El Salvador:m
      GD Grenada:f | Grenada:f | la Grenade:f | Granada:f
      GT Guatemala:f | Guatemala:f | le Guatemala:m | a Guatemala:f
      GY Guyana:f | Guyana:f | le Guyana:m | a Guiana:f
      HT Haiti:m | Haití:m | ^Haïti:m | o Haiti:m
      HN Honduras:f | Honduras:f | le Honduras:m | Honduras:f
      JM Jamaica:f | Jamaica:f | la Jamaïque:f | a Jamaica:f
      MX Mexico:m | México:m | le Mexique:m | o México:m
      NI Nicaragua:f | Nicaragua:f | le Nicaragua:m | a Nicarágua:f
      PA Panama:m | Panamá:m | le Panama:m | o Panamá:m
      PY Paraguay:m | el Paraguay:m | le Paraguay:m | o Paraguai:m
      PE Peru:m | el Perú:m | le Pérou:m | o Peru:m
      KN Saint Kitts and Nevis:m | Saint Kitts y Nevis:m | Saint-Kitts-et-Nevis:m | São Cristóvão e Névis:m
      LC Saint Lucia:f | Santa Lucía:f | Sainte-Lucie:f | Santa Lúcia:f
      VC Saint Vincent and the Grenadines:m | San Vicente y las Granadinas:m | Saint-Vincent-et-les Grenadines:m | São Vicente e Granadinas:m
      SR Suriname:m | Suriname:m | le Suriname:m | o Suriname:m
      TT Trinidad and Tobago:m | Trinidad y Tobago:m | la Trinité-et-Tobago:f | Trinidad e Tobago:m
      US the United States:mp | los Estados Unidos:mp | les États-Unis:mp | os Estados Unidos:mp
      UY Uruguay:m | el Uruguay:m | l’Uruguay:m | o Uruguai:m
      VE Venezuela:f | Venezuela:f | le Venezuela:m | a Venezuela:f
      """;

  private static final ImmutableMap<MemberState, ImmutableMap<OfficialLanguage, StateName>> NAMES =
      parse();

  private MemberStateNames() {}

  static StateName of(MemberState state, OfficialLanguage language) {
    return java.util.Objects.requireNonNull(
        java.util.Objects.requireNonNull(NAMES.get(state)).get(language));
  }

  private static ImmutableMap<MemberState, ImmutableMap<OfficialLanguage, StateName>> parse() {
    Map<MemberState, ImmutableMap<OfficialLanguage, StateName>> names =
        new EnumMap<>(MemberState.class);
    for (String line : Splitter.on('\n').split(TABLE.strip())) {
      String row = line.strip();
      MemberState state = MemberState.fromCode(row.substring(0, 2));
      List<String> cells = Splitter.on('|').trimResults().splitToList(row.substring(3));
      Map<OfficialLanguage, StateName> byLanguage = new EnumMap<>(OfficialLanguage.class);
      OfficialLanguage[] languages = OfficialLanguage.values();
      for (int i = 0; i < languages.length; i++) {
        byLanguage.put(languages[i], name(cells.get(i)));
      }
      if (names.put(state, ImmutableMap.copyOf(byLanguage)) != null) {
        throw new IllegalStateException("two rows for " + state);
      }
    }
    if (names.size() != MemberState.values().length) {
      throw new IllegalStateException("a member state has no names");
    }
    return ImmutableMap.copyOf(names);
  }

  private static StateName name(String cell) {
    int colon = cell.lastIndexOf(':');
    String text = cell.substring(0, colon);
    String grammar = cell.substring(colon + 1);
    boolean vowelSound = text.startsWith("^");
    if (vowelSound) {
      text = text.substring(1);
    }
    String article = null;
    for (String candidate : ARTICLES) {
      String prefix = candidate.endsWith("’") ? candidate : candidate + " ";
      if (text.startsWith(prefix)) {
        article = candidate;
        text = text.substring(prefix.length());
        break;
      }
    }
    GrammaticalGender gender =
        grammar.charAt(0) == 'f' ? GrammaticalGender.FEMININE : GrammaticalGender.MASCULINE;
    Noun noun = grammar.endsWith("p") ? Noun.plural(text, gender) : Noun.of(text, gender);
    return StateName.of(noun, article, vowelSound || "l’".equals(article));
  }
}
