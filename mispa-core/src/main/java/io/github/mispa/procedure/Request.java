package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A request to the chair that the meeting is not asked to decide, such as a request to mention an
 * event in an already approved statement.
 */
@Value.Immutable
public abstract class Request extends Act implements Motion {
  Request() {}

  /** {@return what is requested} */
  public abstract String text();

  /** {@return the id of the document concerned} */
  public abstract Optional<String> document();

  @Override
  public final ActKind kind() {
    return ActKind.REQUEST;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitRequest(this);
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
    Checks.nonBlank("request text", text());
    document().ifPresent(v -> Checks.id("request document", v));
  }

  /** Builds a {@link Request}. */
  public static final class Builder extends ImmutableRequest.Builder implements ActBuilder {
    Builder() {}
  }
}
