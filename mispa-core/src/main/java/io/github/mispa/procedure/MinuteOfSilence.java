package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A minute of silence observed by the meeting, at the invitation of a person. */
@Value.Immutable
public abstract class MinuteOfSilence extends Act {
  MinuteOfSilence() {}

  /** {@return whom or what it remembers} */
  public abstract String inRemembranceOf();

  @Override
  public final ActKind kind() {
    return ActKind.MINUTE_OF_SILENCE;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitMinuteOfSilence(this);
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
    Checks.nonBlank("minuteOfSilence inRemembranceOf", inRemembranceOf());
  }

  /** Builds a {@link MinuteOfSilence}. */
  public static final class Builder extends ImmutableMinuteOfSilence.Builder implements ActBuilder {
    Builder() {}
  }
}
