package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/** The four official languages of the OAS (Charter, Art. 146). */
public enum OfficialLanguage {
  /** English. */
  ENGLISH("en"),
  /** Spanish. */
  SPANISH("es"),
  /** French. */
  FRENCH("fr"),
  /** Portuguese. */
  PORTUGUESE("pt");

  private final String code;

  OfficialLanguage(String code) {
    this.code = code;
  }

  /** {@return the ISO 639-1 code, such as {@code es}} */
  public String code() {
    return code;
  }

  /**
   * {@return the locale of the language, without a country: the OAS writes one Spanish, one French
   * and one Portuguese for all its members}
   */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * Returns the official language of {@code locale}, or empty where its language is none of the
   * four: {@code es-PE} is Spanish, {@code de-DE} none.
   */
  public static java.util.Optional<OfficialLanguage> of(Locale locale) {
    String language = java.util.Objects.requireNonNull(locale, "locale").getLanguage();
    for (OfficialLanguage official : values()) {
      if (official.code.equals(language)) {
        return java.util.Optional.of(official);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Returns the language with this ISO 639-1 code, in any case.
   *
   * @throws IllegalArgumentException if the code is not that of an official language
   */
  public static OfficialLanguage fromCode(String code) {
    for (OfficialLanguage language : values()) {
      if (language.code.equals(code.toLowerCase(Locale.ROOT))) {
        return language;
      }
    }
    checkArgument(false, "\"%s\" is not the code of an official language (en, es, fr, pt)", code);
    throw new AssertionError("unreachable");
  }
}
