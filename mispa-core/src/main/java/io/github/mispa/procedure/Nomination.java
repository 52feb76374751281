package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import io.github.mispa.model.Office;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A nomination of a person for an office of the meeting. */
@Value.Immutable
public abstract class Nomination extends Act implements Motion {
  Nomination() {}

  /** {@return the id of the person nominated} */
  public abstract String nominee();

  /** {@return the office} */
  public abstract Office office();

  @Override
  public final ActKind kind() {
    return ActKind.NOMINATION;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitNomination(this);
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
    Checks.id("nomination nominee", nominee());
  }

  /** Builds a {@link Nomination}. */
  public static final class Builder extends ImmutableNomination.Builder implements ActBuilder {
    Builder() {}
  }
}
