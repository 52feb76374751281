package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The presiding officer's ruling on a point of order. */
@Value.Immutable
public abstract class Ruling extends Act {
  Ruling() {}

  /** {@return the id of the point of order} */
  public abstract String on();

  /** {@return the ruling} */
  public abstract String text();

  @Override
  public final ActKind kind() {
    return ActKind.RULING;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitRuling(this);
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
    Checks.id("ruling on", on());
    Checks.nonBlank("ruling text", text());
  }

  /** Builds a {@link Ruling}. */
  public static final class Builder extends ImmutableRuling.Builder implements ActBuilder {
    Builder() {}
  }
}
