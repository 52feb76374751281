package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An instruction of the presiding officer to the secretariat. */
@Value.Immutable
public abstract class Instruction extends Act {
  Instruction() {}

  /** {@return what the secretariat is to do} */
  public abstract String text();

  /** {@return the id of the document concerned} */
  public abstract Optional<String> document();

  @Override
  public final ActKind kind() {
    return ActKind.INSTRUCTION;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitInstruction(this);
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
    Checks.nonBlank("instruction text", text());
    document().ifPresent(v -> Checks.id("instruction document", v));
  }

  /** Builds an {@link Instruction}. */
  public static final class Builder extends ImmutableInstruction.Builder implements ActBuilder {
    Builder() {}
  }
}
