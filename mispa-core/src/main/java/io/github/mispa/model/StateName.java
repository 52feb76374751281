package io.github.mispa.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A member state's name as the OAS writes it in one official language, with the definite article it
 * takes in running text, where it takes one, and what grammar needs to join it to a preposition:
 * "el Perú" (la delegación del Perú), "Canadá" (la delegación de Canadá), "les États-Unis" (la
 * délégation des États-Unis), "Haïti" (la délégation d’Haïti), "o Brasil" (a delegação do Brasil).
 *
 * <pre>{@code
 * StateName peru = MemberState.PERU.name(OfficialLanguage.SPANISH);
 * peru.noun().text();   // "Perú"
 * peru.article();       // Optional[el]
 * peru.withArticle();   // "el Perú"
 * }</pre>
 */
public final class StateName {
  private final Noun noun;
  private final @Nullable String article;
  private final boolean vowelSound;

  private StateName(Noun noun, @Nullable String article, boolean vowelSound) {
    this.noun = noun;
    this.article = article;
    this.vowelSound = vowelSound;
  }

  /**
   * Returns a name.
   *
   * @param noun the name without article, with its gender and number
   * @param article the definite article as written before it ("el", "l’", "os"), or null where the
   *     name takes none in running text
   * @param vowelSound whether the name starts with a vowel sound, before which French "de" elides
   *     (d’Haïti; not "Honduras", whose h is aspirated: du Honduras)
   */
  public static StateName of(Noun noun, @Nullable String article, boolean vowelSound) {
    return new StateName(requireNonNull(noun, "noun"), article, vowelSound);
  }

  /** {@return the name without article, with its gender and number} */
  public Noun noun() {
    return noun;
  }

  /** {@return the definite article the name takes in running text, if it takes one} */
  public Optional<String> article() {
    return Optional.ofNullable(article);
  }

  /** {@return whether the name starts with a vowel sound} */
  public boolean vowelSound() {
    return vowelSound;
  }

  /**
   * {@return the name with its article, as it stands in running text: "el Perú", "l’Équateur",
   * "Canadá"}
   */
  public String withArticle() {
    if (article == null) {
      return noun.text();
    }
    return article.endsWith("’") ? article + noun.text() : article + " " + noun.text();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StateName other
        && noun.equals(other.noun)
        && java.util.Objects.equals(article, other.article)
        && vowelSound == other.vowelSound;
  }

  @Override
  public int hashCode() {
    return noun.hashCode() * 31 + (article == null ? 0 : article.hashCode());
  }

  /** Returns the name with its article. */
  @Override
  public String toString() {
    return withArticle();
  }
}
