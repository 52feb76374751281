package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.mispa.model.OfficialLanguage;

/** The kinds of session of a meeting, in the order they usually come. */
public enum SessionKind {
  /** The inaugural session: the host's welcome and the Secretary General's remarks. */
  INAUGURAL("inaugural session", "sesión inaugural", "séance inaugurale", "sessão inaugural"),
  /** The opening session: election of officers, adoption of the agenda and working procedures. */
  OPENING("opening session", "sesión de apertura", "séance d’ouverture", "sessão de abertura"),
  /** An introductory session: reports on the preparations and on mandates. */
  INTRODUCTORY(
      "introductory session", "sesión introductoria", "séance introductive", "sessão introdutória"),
  /** A plenary session on the substance of the meeting. */
  PLENARY("plenary session", "sesión plenaria", "séance plénière", "sessão plenária"),
  /** The closing session: the rapporteur's report and closing remarks. */
  CLOSING("closing session", "sesión de clausura", "séance de clôture", "sessão de encerramento");

  @SuppressWarnings("ImmutableEnumChecker") // an immutable map of immutable strings
  private final ImmutableMap<OfficialLanguage, String> names;

  SessionKind(String... names) {
    ImmutableMap.Builder<OfficialLanguage, String> byLanguage = ImmutableMap.builder();
    OfficialLanguage[] languages = OfficialLanguage.values();
    for (int i = 0; i < languages.length; i++) {
      byLanguage.put(languages[i], names[i]);
    }
    this.names = byLanguage.buildOrThrow();
  }

  /**
   * {@return what a session of this kind is called in {@code language}, in lower case as it stands
   * in a sentence: "opening session", "sesión de apertura", "séance d’ouverture"}
   */
  public String noun(OfficialLanguage language) {
    return requireNonNull(names.get(requireNonNull(language, "language")));
  }
}
