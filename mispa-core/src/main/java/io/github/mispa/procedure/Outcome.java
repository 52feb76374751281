package io.github.mispa.procedure;

/** The outcome the presiding officer declared. */
public enum Outcome {
  /** Approved, adopted, elected or accepted. */
  APPROVED,
  /** Rejected or not carried. */
  REJECTED
}
