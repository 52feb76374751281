package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A point of order raised by a delegation. */
@Value.Immutable
public abstract class PointOfOrder extends Act {
  PointOfOrder() {}

  /** {@return what the point of order says} */
  public abstract String text();

  /**
   * Whether it addresses the substance of the matter under discussion, which a point of order may
   * not.
   */
  @Value.Default
  public boolean substantive() {
    return false;
  }

  @Override
  public final ActKind kind() {
    return ActKind.POINT_OF_ORDER;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitPointOfOrder(this);
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
    Checks.nonBlank("pointOfOrder text", text());
  }

  /** Builds a {@link PointOfOrder}. */
  public static final class Builder extends ImmutablePointOfOrder.Builder implements ActBuilder {
    Builder() {}
  }
}
