package io.github.mispa.model;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;

/**
 * A text of the record in another official language than the record's own: a title or a summary as
 * a source gives it in Spanish, French or Portuguese. The record's free text is written in {@link
 * #RECORD_LANGUAGE}; a title or a summary may also be held in the other languages, each at most
 * once, beside it ({@code Document.titleTranslations()}, {@code Act.summaryTranslations()}). Which
 * came first does not matter: the Recommendations of Lima were drafted in Spanish, and their
 * Spanish title is held as a translation of the English one the record gives.
 *
 * <p>The wire format writes the translations of a text as a list of these, in the order of the
 * languages: {@code [{"language": "es", "text": "…"}]}.
 *
 * <pre>{@code
 * Translation.of(OfficialLanguage.SPANISH, "Recomendaciones de Lima para la Prevención de la"
 *     + " Delincuencia, la Violencia y la Inseguridad");
 * }</pre>
 */
@Value.Immutable
public abstract class Translation {
  /**
   * The language a record's free text (titles, summaries, positions, the conclusion) is written in:
   * English, the language of the rapporteurs' reports records are made from. A translation in it,
   * where one is given, must be the text itself.
   */
  public static final OfficialLanguage RECORD_LANGUAGE = OfficialLanguage.ENGLISH;

  Translation() {}

  /** {@return the language of the text} */
  @Value.Parameter
  public abstract OfficialLanguage language();

  /** {@return the text, in {@link #language()}} */
  @Value.Parameter
  public abstract String text();

  /** {@return the text {@code text} in {@code language}} */
  public static Translation of(OfficialLanguage language, String text) {
    return ImmutableTranslation.of(language, text);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank(text(), "text in %s", Checks.languageName(language()));
  }

  /** Builds a {@link Translation}. Requires {@code language} and {@code text}. */
  public static final class Builder extends ImmutableTranslation.Builder {
    Builder() {}
  }
}
