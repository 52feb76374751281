package io.github.mispa.rules;

import io.github.mispa.model.Document;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A document of a live meeting still to adopt, and what a vote on it would need. */
public final class DocumentToAdopt {
  private final Document document;
  private final VoteRequirement vote;

  DocumentToAdopt(Document document, VoteRequirement vote) {
    this.document = document;
    this.vote = vote;
  }

  /** {@return the document} */
  public Document document() {
    return document;
  }

  /** {@return what adopting it by vote would need: the agenda threshold for the agenda} */
  public VoteRequirement vote() {
    return vote;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DocumentToAdopt other
        && document.equals(other.document)
        && vote.equals(other.vote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, vote);
  }

  /** Returns the document's id and the vote it needs. */
  @Override
  public String toString() {
    return document.id() + ": " + vote;
  }
}
