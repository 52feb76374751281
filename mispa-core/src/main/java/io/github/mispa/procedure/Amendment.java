package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An amendment to a pending proposal (or amendment) or to a draft document. */
@Value.Immutable
public abstract class Amendment extends Act implements Motion {
  Amendment() {}

  /**
   * {@return the id of the proposal or amendment amended; exactly one of this and {@link
   * #document()}}
   */
  public abstract Optional<String> proposal();

  /** {@return the id of the document amended; exactly one of this and {@link #proposal()}} */
  public abstract Optional<String> document();

  /** {@return what the amendment does to its target} */
  public abstract AmendmentChange change();

  /** {@return the language proposed, or a description of the change} */
  public abstract String text();

  /** {@return the ids of delegations that move the amendment together with {@link #by()}} */
  public abstract ImmutableList<String> cosponsors();

  @Override
  public final ActKind kind() {
    return ActKind.AMENDMENT;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitAmendment(this);
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
    proposal().ifPresent(v -> Checks.id("amendment proposal", v));
    document().ifPresent(v -> Checks.id("amendment document", v));
    Checks.nonBlank("amendment text", text());
    cosponsors().forEach(v -> Checks.id("amendment cosponsors", v));
    checkArgument(
        proposal().isPresent() != document().isPresent(),
        "amendment%s must target exactly one proposal or one document",
        describeId());
  }

  /** Builds an {@link Amendment}. */
  public static final class Builder extends ImmutableAmendment.Builder implements ActBuilder {
    Builder() {}
  }
}
