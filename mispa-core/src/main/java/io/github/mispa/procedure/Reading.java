package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The reading of a document to the plenary, such as the committee secretary reading the outcome
 * document before its adoption.
 */
@Value.Immutable
public abstract class Reading extends Act {
  Reading() {}

  /** {@return the id of the document read} */
  public abstract String document();

  @Override
  public final ActKind kind() {
    return ActKind.READING;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitReading(this);
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
    Checks.id("reading document", document());
  }

  /** Builds a {@link Reading}. */
  public static final class Builder extends ImmutableReading.Builder implements ActBuilder {
    Builder() {}
  }
}
