package io.github.mispa.procedure;

/** The form of a speech act, as the report calls it. */
public enum SpeechForm {
  /** A speech, such as the inaugural speech of the host's head of government. */
  SPEECH,
  /** Remarks, such as those of the Secretary General or closing remarks. */
  REMARKS,
  /** A statement read on behalf of a delegation or organ. */
  STATEMENT
}
