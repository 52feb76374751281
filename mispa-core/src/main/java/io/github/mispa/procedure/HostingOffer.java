package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import io.github.mispa.model.Edition;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An offer by a delegation to host a future meeting of the series. */
@Value.Immutable
public abstract class HostingOffer extends Act implements Motion {
  HostingOffer() {}

  /** {@return the edition offered for, such as VI} */
  public abstract Edition edition();

  /** {@return the city offered, if named} */
  public abstract Optional<String> city();

  @Override
  public final ActKind kind() {
    return ActKind.HOSTING_OFFER;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitHostingOffer(this);
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
    city().ifPresent(v -> Checks.nonBlank("hostingOffer city", v));
  }

  /** Builds a {@link HostingOffer}. */
  public static final class Builder extends ImmutableHostingOffer.Builder implements ActBuilder {
    Builder() {}
  }
}
