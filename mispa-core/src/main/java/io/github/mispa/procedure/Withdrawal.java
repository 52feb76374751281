package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The withdrawal of a motion. */
@Value.Immutable
public abstract class Withdrawal extends Act {
  Withdrawal() {}

  /** {@return the id of the motion withdrawn} */
  public abstract String of();

  @Override
  public final ActKind kind() {
    return ActKind.WITHDRAWAL;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitWithdrawal(this);
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
    Checks.id("withdrawal of", of());
  }

  /** Builds a {@link Withdrawal}. */
  public static final class Builder extends ImmutableWithdrawal.Builder implements ActBuilder {
    Builder() {}
  }
}
