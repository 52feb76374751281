package io.github.mispa.procedure;

/** What an amendment does to its target (GA Rules, Art. 54). */
public enum AmendmentChange {
  /** Adds language. */
  ADDITION,
  /** Deletes part of the text. */
  DELETION,
  /** Changes part of the text. */
  MODIFICATION,
  /**
   * Replaces the whole text. Not an amendment under the rules: the rule {@code amendment.partial}
   * makes it void.
   */
  REPLACEMENT
}
