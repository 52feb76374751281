package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A presentation by a person, for their organization or delegation. */
@Value.Immutable
public abstract class Presentation extends Act {
  Presentation() {}

  /** {@return the title of the presentation} */
  public abstract String title();

  /** {@return the id of the document presented, if any} */
  public abstract Optional<String> document();

  @Override
  public final ActKind kind() {
    return ActKind.PRESENTATION;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitPresentation(this);
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
    Checks.nonBlank("presentation title", title());
    document().ifPresent(v -> Checks.id("presentation document", v));
  }

  /** Builds a {@link Presentation}. */
  public static final class Builder extends ImmutablePresentation.Builder implements ActBuilder {
    Builder() {}
  }
}
