package io.github.mispa.report;

import io.github.mispa.model.GrammaticalGender;
import io.github.mispa.model.StateName;

/**
 * A noun phrase as the bundles join it to prepositions: its article (a key the patterns select on:
 * {@code none}, {@code the}, {@code el}, {@code la}, {@code los}, {@code las}, {@code le}, {@code
 * l}, {@code les}, {@code o}, {@code a}, {@code os}, {@code as}), whether it starts with a vowel
 * sound, its gender and number, and its text without the article, already Markdown. The patterns
 * {@code np}, {@code np.of}, {@code np.to} and {@code np.in} make "el Perú", "del Perú", "al Perú",
 * "en el Perú"; "l’Équateur", "de l’Équateur", "en Équateur"; "o Brasil", "do Brasil", "no Brasil".
 */
record Phrase(
    String article, boolean vowel, GrammaticalGender gender, boolean plural, String text) {
  /** A phrase without article. */
  static Phrase bare(String text, GrammaticalGender gender) {
    return new Phrase("none", false, gender, false, text);
  }

  /** A phrase without article, masculine singular: a proper name, a symbol. */
  static Phrase bare(String text) {
    return bare(text, GrammaticalGender.MASCULINE);
  }

  /** A member state's name in running text. */
  static Phrase of(StateName name) {
    String article = name.article().map(a -> a.equals("l’") ? "l" : a).orElse("none");
    return new Phrase(
        article,
        name.vowelSound(),
        name.noun().gender(),
        name.noun().plural(),
        Markdown.text(name.noun().text()));
  }

  /**
   * A phrase written in a bundle as "article|text", such as "la|propuesta" or "none|Su Excelencia".
   */
  static Phrase parse(String encoded, GrammaticalGender gender) {
    int bar = encoded.indexOf('|');
    if (bar < 0) {
      return bare(encoded, gender);
    }
    String article = encoded.substring(0, bar);
    String text = encoded.substring(bar + 1);
    return new Phrase(article, article.equals("l"), gender, article.endsWith("s"), text);
  }

  /** This phrase with other text after its own: "el Sr." and "José Luis Pérez Guadalupe". */
  Phrase append(String more) {
    return new Phrase(article, vowel, gender, plural, text + more);
  }

  /** The arguments the {@code np.*} patterns take. */
  Object[] arguments() {
    return new Object[] {
      "art",
      article,
      "vowel",
      vowel ? "yes" : "no",
      "gender",
      gender == GrammaticalGender.FEMININE ? "feminine" : "masculine",
      "text",
      text
    };
  }
}
