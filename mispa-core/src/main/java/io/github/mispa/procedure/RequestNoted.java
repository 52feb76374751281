package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The presiding officer takes note of requests. Taking note is not a decision and changes no text.
 */
@Value.Immutable
public abstract class RequestNoted extends Act {
  RequestNoted() {}

  /** {@return the ids of the requests or proposals noted} */
  public abstract ImmutableList<String> requests();

  @Override
  public final ActKind kind() {
    return ActKind.REQUEST_NOTED;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitRequestNoted(this);
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
    checkArgument(
        !requests().isEmpty(),
        "requestNoted%s must name at least one of its requests",
        describeId());
    requests().forEach(v -> Checks.id("requestNoted requests", v));
  }

  /** Builds a {@link RequestNoted}. */
  public static final class Builder extends ImmutableRequestNoted.Builder implements ActBuilder {
    Builder() {}
  }
}
