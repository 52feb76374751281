package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A motion to reconsider a decided matter, which needs two-thirds of the member delegations. */
@Value.Immutable
public abstract class Reconsideration extends Act implements Motion {
  Reconsideration() {}

  /** {@return the id of the decision or adoption to reconsider} */
  public abstract String of();

  @Override
  public final ActKind kind() {
    return ActKind.RECONSIDERATION;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitReconsideration(this);
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
    Checks.id("reconsideration of", of());
  }

  /** Builds a {@link Reconsideration}. */
  public static final class Builder extends ImmutableReconsideration.Builder implements ActBuilder {
    Builder() {}
  }
}
