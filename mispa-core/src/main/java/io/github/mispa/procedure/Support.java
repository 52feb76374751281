package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A delegation's support for a motion. */
@Value.Immutable
public abstract class Support extends Act {
  Support() {}

  /** {@return the id of the motion supported} */
  public abstract String of();

  @Override
  public final ActKind kind() {
    return ActKind.SUPPORT;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitSupport(this);
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
    Checks.id("support of", of());
  }

  /** Builds a {@link Support}. */
  public static final class Builder extends ImmutableSupport.Builder implements ActBuilder {
    Builder() {}
  }
}
