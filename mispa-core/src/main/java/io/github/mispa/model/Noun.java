package io.github.mispa.model;

import static java.util.Objects.requireNonNull;

import io.github.mispa.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A noun or name in one language with what grammar needs of it: its gender and number. "Reunión"
 * (feminine, singular) makes "Quinta Reunión"; "Estados Unidos" (masculine, plural) makes "los
 * Estados Unidos".
 *
 * <pre>{@code
 * Noun reunion = Noun.of("Reunión de Ministros", GrammaticalGender.FEMININE);
 * }</pre>
 */
public final class Noun {
  private final String text;
  private final GrammaticalGender gender;
  private final boolean plural;

  private Noun(String text, GrammaticalGender gender, boolean plural) {
    this.text = text;
    this.gender = gender;
    this.plural = plural;
  }

  /** {@return a singular noun} */
  public static Noun of(String text, GrammaticalGender gender) {
    requireNonNull(gender, "gender");
    return new Noun(Checks.nonBlank("text", text), gender, false);
  }

  /** {@return a plural noun, such as "Estados Unidos"} */
  public static Noun plural(String text, GrammaticalGender gender) {
    requireNonNull(gender, "gender");
    return new Noun(Checks.nonBlank("text", text), gender, true);
  }

  /** {@return the noun as written, without article} */
  public String text() {
    return text;
  }

  /** {@return its grammatical gender; masculine in English, which has none} */
  public GrammaticalGender gender() {
    return gender;
  }

  /** {@return whether it is plural} */
  public boolean plural() {
    return plural;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Noun other
        && text.equals(other.text)
        && gender == other.gender
        && plural == other.plural;
  }

  @Override
  public int hashCode() {
    return (text.hashCode() * 31 + gender.hashCode()) * 2 + (plural ? 1 : 0);
  }

  /** Returns the text. */
  @Override
  public String toString() {
    return text;
  }
}
