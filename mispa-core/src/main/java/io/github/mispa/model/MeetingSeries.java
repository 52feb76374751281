package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.mispa.internal.Checks;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A series of meetings held under one process, such as the Meetings of Ministers Responsible for
 * Public Security in the Americas (MISPA). A meeting of the series is named by its code and
 * edition: "MISPA V".
 */
public final class MeetingSeries {
  /** The Meetings of Ministers Responsible for Public Security in the Americas. */
  public static final MeetingSeries MISPA =
      new MeetingSeries(
          "MISPA", "Meeting of Ministers Responsible for Public Security in the Americas");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,15}");

  private final String code;
  private final String name;

  private MeetingSeries(String code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * Returns the series with this code and name.
   *
   * @param code capital letters and digits, starting with a letter, as in {@code MISPA}
   * @param name the English name of one meeting of the series
   */
  public static MeetingSeries of(String code, String name) {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    checkArgument(
        CODE.matcher(code).matches(),
        "series code must be 1 to 16 capital letters and digits starting with a letter, but was"
            + " \"%s\"",
        code);
    return new MeetingSeries(code, Checks.nonBlank("name", name));
  }

  /** {@return the code, such as {@code MISPA}} */
  public String code() {
    return code;
  }

  /** {@return the English name of one meeting of the series} */
  public String name() {
    return name;
  }

  /**
   * {@return the name of one meeting of the series in {@code language}, with its gender, where the
   * library knows it: for MISPA, "Reunión de Ministros en Materia de Seguridad Pública de las
   * Américas" (feminine); in English, {@link #name()}, whose gender English ignores}
   *
   * <p>The names are data of the library for the series it knows, not of the record: a record names
   * its series by code and English name, and gets the other names from here.
   */
  public java.util.Optional<Noun> name(OfficialLanguage language) {
    requireNonNull(language, "language");
    if (language == OfficialLanguage.ENGLISH) {
      return java.util.Optional.of(Noun.of(name, GrammaticalGender.MASCULINE));
    }
    if (equals(MISPA)) {
      return java.util.Optional.of(
          switch (language) {
            case SPANISH ->
                Noun.of(
                    "Reunión de Ministros en Materia de Seguridad Pública de las Américas",
                    GrammaticalGender.FEMININE);
            case FRENCH ->
                Noun.of(
                    "Réunion des ministres en matière de sécurité publique des Amériques",
                    GrammaticalGender.FEMININE);
            case PORTUGUESE ->
                Noun.of(
                    "Reunião de Ministros em Matéria de Segurança Pública das Américas",
                    GrammaticalGender.FEMININE);
            case ENGLISH -> throw new AssertionError("handled above");
          });
    }
    return java.util.Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MeetingSeries other && code.equals(other.code) && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + name.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
