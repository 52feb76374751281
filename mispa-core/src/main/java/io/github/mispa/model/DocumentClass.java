package io.github.mispa.model;

/** What a document is for in a meeting. */
public enum DocumentClass {
  /** The agenda, adopted at the opening session before substantive decisions. */
  AGENDA,
  /** The schedule of the meeting. */
  SCHEDULE,
  /** A working document: a draft, a methodology, a proposal in writing. */
  WORKING,
  /** An information document: a report, the text of a speech, a presentation. */
  INFORMATION,
  /** A resolution. */
  RESOLUTION,
  /** A declaration. */
  DECLARATION,
  /** A statement, such as a joint statement of the meeting. */
  STATEMENT,
  /**
   * An outcome document, such as the "Recommendations of Lima"; adopted before the meeting closes.
   */
  OUTCOME
}
