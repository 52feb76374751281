package io.github.mispa.model;

/**
 * The grammatical gender of a noun, or of the words that agree with a person, in the official
 * languages that have one: Spanish, French and Portuguese. English has none, and ignores it.
 */
public enum GrammaticalGender {
  /** Masculine: el Perú, le Pérou, o Peru; el Presidente. */
  MASCULINE,
  /** Feminine: la Argentina, la Barbade, a Bolívia; la Relatora. */
  FEMININE;

  /**
   * {@return the gender an English form of address shows of the person it addresses: masculine for
   * "Mr." and "His Excellency", feminine for "Ms.", "Mrs." and "Her Excellency"; empty for one that
   * shows none, such as "Dr.", "Ambassador" or "General"} Only the first word counts, with or
   * without its full stop, in any case: "His Excellency Ambassador" is masculine.
   */
  public static java.util.Optional<GrammaticalGender> shownBy(String formOfAddress) {
    String first =
        java.util.Objects.requireNonNull(formOfAddress, "formOfAddress")
            .strip()
            .split("\\s+", 2)[0]
            .toLowerCase(java.util.Locale.ROOT);
    if (first.endsWith(".")) {
      first = first.substring(0, first.length() - 1);
    }
    return switch (first) {
      case "mr", "his" -> java.util.Optional.of(MASCULINE);
      case "ms", "mrs", "her" -> java.util.Optional.of(FEMININE);
      default -> java.util.Optional.empty();
    };
  }
}
