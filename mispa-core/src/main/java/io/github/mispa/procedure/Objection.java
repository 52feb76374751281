package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An objection to a motion. */
@Value.Immutable
public abstract class Objection extends Act {
  Objection() {}

  /** {@return the id of the motion objected to} */
  public abstract String to();

  @Override
  public final ActKind kind() {
    return ActKind.OBJECTION;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitObjection(this);
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
    Checks.id("objection to", to());
  }

  /** Builds an {@link Objection}. */
  public static final class Builder extends ImmutableObjection.Builder implements ActBuilder {
    Builder() {}
  }
}
