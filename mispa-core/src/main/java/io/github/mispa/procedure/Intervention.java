package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An intervention: a delegation, or another participant, takes the floor. */
@Value.Immutable
public abstract class Intervention extends Act {
  Intervention() {}

  /** {@return the id of the document of the statement the delegation read, where there is one} */
  public abstract Optional<String> document();

  @Override
  public final ActKind kind() {
    return ActKind.INTERVENTION;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitIntervention(this);
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
    document().ifPresent(d -> Checks.id("intervention document", d));
  }

  /** Builds an {@link Intervention}. */
  public static final class Builder extends ImmutableIntervention.Builder implements ActBuilder {
    Builder() {}
  }
}
