package io.github.mispa.procedure;

/** The kinds of session of a meeting, in the order they usually come. */
public enum SessionKind {
  /** The inaugural session: the host's welcome and the Secretary General's remarks. */
  INAUGURAL,
  /** The opening session: election of officers, adoption of the agenda and working procedures. */
  OPENING,
  /** An introductory session: reports on the preparations and on mandates. */
  INTRODUCTORY,
  /** A plenary session on the substance of the meeting. */
  PLENARY,
  /** The closing session: the rapporteur's report and closing remarks. */
  CLOSING
}
