package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A decision on motions: an election on nominations, the approval of a proposal, the acceptance of
 * a hosting offer.
 */
@Value.Immutable
public abstract class Decision extends DecisionAct {
  Decision() {}

  /** {@return the ids of the motions decided} */
  public abstract ImmutableList<String> on();

  /** {@return the ids of amendments incorporated in the text decided} */
  @Override
  public abstract ImmutableList<String> incorporating();

  @Override
  public final ActKind kind() {
    return ActKind.DECISION;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitDecision(this);
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
    checkArgument(!on().isEmpty(), "decision%s must name at least one of its on", describeId());
    on().forEach(v -> Checks.id("decision on", v));
    incorporating().forEach(v -> Checks.id("decision incorporating", v));
  }

  /** Builds a {@link Decision}. */
  public static final class Builder extends ImmutableDecision.Builder implements DecisionBuilder {
    Builder() {}
  }
}
