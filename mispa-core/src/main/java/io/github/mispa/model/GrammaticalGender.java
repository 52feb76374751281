package io.github.mispa.model;

/**
 * The grammatical gender of a noun, or of the words that agree with a person, in the official
 * languages that have one: Spanish, French and Portuguese. English has none, and ignores it.
 */
public enum GrammaticalGender {
  /** Masculine: el Perú, le Pérou, o Peru; el Presidente. */
  MASCULINE,
  /** Feminine: la Argentina, la Barbade, a Bolívia; la Relatora. */
  FEMININE
}
