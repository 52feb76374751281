package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import io.github.mispa.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a rule set requires of a vote on a kind of matter, and the text or practice it follows.
 *
 * <pre>{@code
 * MajorityRule.of(Threshold.TWO_THIRDS, "GA Rules, Art. 56");
 * }</pre>
 */
public final class MajorityRule {
  private final Threshold threshold;
  private final String source;

  private MajorityRule(Threshold threshold, String source) {
    this.threshold = threshold;
    this.source = source;
  }

  /** {@return the rule that a vote meets {@code threshold}, as {@code source} says} */
  public static MajorityRule of(Threshold threshold, String source) {
    requireNonNull(threshold, "threshold");
    return new MajorityRule(threshold, Checks.nonBlank("source", source));
  }

  /** {@return what the vote must reach} */
  public Threshold threshold() {
    return threshold;
  }

  /** {@return where the rule comes from: an article, or "practice" and what shows it} */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MajorityRule other
        && threshold.equals(other.threshold)
        && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, source);
  }

  /** Returns the threshold and its source. */
  @Override
  public String toString() {
    return threshold + " (" + source + ")";
  }
}
