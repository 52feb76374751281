package io.github.mispa.model;

/** The offices of a meeting, filled by election at its opening session. */
public enum Office {
  /** The chair, who presides once elected. */
  CHAIR("Chair"),
  /** A vice chair, who presides in the chair's absence; the record does not say which. */
  VICE_CHAIR("Vice Chair"),
  /** The First Vice Chair, where a meeting elects its vice chairs in order. */
  FIRST_VICE_CHAIR("First Vice Chair"),
  /** The Second Vice Chair. */
  SECOND_VICE_CHAIR("Second Vice Chair"),
  /** The rapporteur, who reports on the proceedings. */
  RAPPORTEUR("Rapporteur");

  private final String title;

  Office(String title) {
    this.title = title;
  }

  /** {@return the title as the OAS writes it, such as {@code "Vice Chair"}} */
  public String title() {
    return title;
  }

  /**
   * {@return the title in {@code language}, agreeing with the holder's {@code gender}:
   * "Presidenta", "Rapporteuse", "Relator"; in English, {@link #title()}}
   */
  public String title(OfficialLanguage language, GrammaticalGender gender) {
    return OfficeTitles.of(
        this,
        java.util.Objects.requireNonNull(language, "language"),
        java.util.Objects.requireNonNull(gender, "gender"));
  }

  /**
   * {@return whether this is a vice chair's office, of any rank: the rule set's number of vice
   * chairs counts them together}
   */
  public boolean isViceChair() {
    return this == VICE_CHAIR || this == FIRST_VICE_CHAIR || this == SECOND_VICE_CHAIR;
  }
}
