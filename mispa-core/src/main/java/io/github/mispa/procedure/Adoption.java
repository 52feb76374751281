package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.mispa.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The adoption of documents: the agenda, the schedule, a methodology, an outcome document. */
@Value.Immutable
public abstract class Adoption extends DecisionAct {
  Adoption() {}

  /** {@return the ids of the documents adopted} */
  public abstract ImmutableList<String> documents();

  /**
   * {@return the ids of amendments the adoption incorporates: the documents are adopted as amended,
   * such as a draft agenda with an item added at a delegation's request}
   */
  @Override
  public abstract ImmutableList<String> incorporating();

  @Override
  public final ActKind kind() {
    return ActKind.ADOPTION;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitAdoption(this);
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
        !documents().isEmpty(), "adoption%s must name at least one of its documents", describeId());
    documents().forEach(v -> Checks.id("adoption documents", v));
    incorporating().forEach(v -> Checks.id("adoption incorporating", v));
  }

  /** Builds an {@link Adoption}. */
  public static final class Builder extends ImmutableAdoption.Builder implements DecisionBuilder {
    Builder() {}
  }
}
