package io.github.mispa.rules;

/** Where a document stands. */
public enum DocumentStatus {
  /** Not yet adopted or rejected: amendments may still target it. */
  DRAFT,
  /** Adopted, directly or as the text of an approved proposal. */
  ADOPTED,
  /** Its adoption, or the proposal carrying it, was rejected. */
  REJECTED
}
