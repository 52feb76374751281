package io.github.mispa.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;

/** What a document is for in a meeting. */
public enum DocumentClass {
  /** The agenda, adopted at the opening session before substantive decisions. */
  AGENDA("agenda:m", "orden del día:m", "ordre du jour:m", "ordem do dia:f"),
  /** The schedule of the meeting. */
  SCHEDULE("schedule:m", "calendario:m", "calendrier:m", "calendário:m"),
  /** A working document: a draft, a methodology, a proposal in writing. */
  WORKING(
      "working document:m",
      "documento de trabajo:m",
      "document de travail:m",
      "documento de trabalho:m"),
  /** An information document: a report, the text of a speech, a presentation. */
  INFORMATION(
      "information document:m",
      "documento informativo:m",
      "document d’information:m",
      "documento informativo:m"),
  /** A resolution. */
  RESOLUTION("resolution:m", "resolución:f", "résolution:f", "resolução:f"),
  /** A declaration. */
  DECLARATION("declaration:m", "declaración:f", "déclaration:f", "declaração:f"),
  /** A statement, such as a joint statement of the meeting. */
  STATEMENT("statement:m", "comunicado:m", "communiqué:m", "comunicado:m"),
  /**
   * An outcome document, such as the "Recommendations of Lima"; adopted before the meeting closes.
   */
  OUTCOME("outcome document:m", "documento final:m", "document final:m", "documento final:m");

  @SuppressWarnings("ImmutableEnumChecker") // an immutable map of immutable strings
  private final ImmutableMap<OfficialLanguage, String> nouns;

  DocumentClass(String... nouns) {
    ImmutableMap.Builder<OfficialLanguage, String> byLanguage = ImmutableMap.builder();
    OfficialLanguage[] languages = OfficialLanguage.values();
    for (int i = 0; i < languages.length; i++) {
      byLanguage.put(languages[i], nouns[i]);
    }
    this.nouns = byLanguage.buildOrThrow();
  }

  /**
   * {@return what a document of this class is called in {@code language}, with its gender: "orden
   * del día" (masculine), "résolution" (feminine)}
   */
  public Noun noun(OfficialLanguage language) {
    String cell = requireNonNull(nouns.get(requireNonNull(language, "language")));
    int colon = cell.lastIndexOf(':');
    return Noun.of(
        cell.substring(0, colon),
        cell.endsWith(":f") ? GrammaticalGender.FEMININE : GrammaticalGender.MASCULINE);
  }
}
