package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An appeal against a ruling of the presiding officer, which is put to a vote. */
@Value.Immutable
public abstract class Appeal extends Act implements Motion {
  Appeal() {}

  /** {@return the id of the ruling appealed against} */
  public abstract String against();

  @Override
  public final ActKind kind() {
    return ActKind.APPEAL;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitAppeal(this);
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
    Checks.id("appeal against", against());
  }

  /** Builds an {@link Appeal}. */
  public static final class Builder extends ImmutableAppeal.Builder implements ActBuilder {
    Builder() {}
  }
}
