package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A proposal of a text, a decision or a procedure. A proposal with a document is a written
 * proposal.
 */
@Value.Immutable
public abstract class Proposal extends Act implements Motion {
  Proposal() {}

  /** {@return what it asks the meeting to do; a text by default} */
  @Value.Default
  public ProposalKind proposalKind() {
    return ProposalKind.TEXT;
  }

  /** {@return what is proposed, in a sentence} */
  public abstract String text();

  /** {@return the id of the document that carries the proposed text, if written} */
  public abstract Optional<String> document();

  @Override
  public final ActKind kind() {
    return ActKind.PROPOSAL;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitProposal(this);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this act's values, to derive a changed act} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("proposal text", text());
    document().ifPresent(v -> Checks.id("proposal document", v));
  }

  /** Builds a {@link Proposal}. */
  public static final class Builder extends ImmutableProposal.Builder implements ActBuilder {
    Builder() {}
  }
}
