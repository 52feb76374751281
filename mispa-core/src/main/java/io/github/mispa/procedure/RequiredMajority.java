package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The majority a decision needs, as the record states it, with the text that requires it: a
 * substantive question that the Charter puts at two-thirds, say. Where a record states none, the
 * rule set's majority for the kind of matter applies.
 *
 * <pre>{@code
 * RequiredMajority.of(MajorityKind.TWO_THIRDS_OF_MEMBER_STATES, "OAS Charter, Art. 9");
 * }</pre>
 */
@Value.Immutable
public abstract class RequiredMajority {
  RequiredMajority() {}

  /** {@return which majority} */
  @Value.Parameter
  public abstract MajorityKind kind();

  /** {@return the text that requires it, such as "OAS Charter, Art. 9", where the record says} */
  @Value.Parameter
  public abstract Optional<String> citation();

  /** {@return the majority {@code kind}, required by {@code citation}} */
  public static RequiredMajority of(MajorityKind kind, String citation) {
    return ImmutableRequiredMajority.of(kind, Optional.of(citation));
  }

  /** {@return the majority {@code kind}, the record not saying what requires it} */
  public static RequiredMajority of(MajorityKind kind) {
    return ImmutableRequiredMajority.of(kind, Optional.empty());
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    citation().ifPresent(c -> Checks.nonBlank("citation of a required majority", c));
  }

  /** Builds a {@link RequiredMajority}. Requires {@code kind}. */
  public static final class Builder extends ImmutableRequiredMajority.Builder {
    Builder() {}
  }
}
