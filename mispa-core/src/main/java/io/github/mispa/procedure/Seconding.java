package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The seconding of a motion by a delegation. */
@Value.Immutable
public abstract class Seconding extends Act {
  Seconding() {}

  /** {@return the id of the motion seconded} */
  public abstract String of();

  @Override
  public final ActKind kind() {
    return ActKind.SECONDING;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitSeconding(this);
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
    Checks.id("seconding of", of());
  }

  /** Builds a {@link Seconding}. */
  public static final class Builder extends ImmutableSeconding.Builder implements ActBuilder {
    Builder() {}
  }
}
