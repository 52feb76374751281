package io.github.mispa.examples.conformance;

import static java.util.Objects.requireNonNull;

import io.github.mispa.rules.Finding;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One finding a case expects: the rule, the kind ({@code void}, {@code irregular} or {@code
 * undetermined}), the act's location and, optionally, the JSON Pointer of the act or the part of it
 * concerned.
 *
 * @param rule the rule id, such as {@code election.seconder-distinct}
 * @param kind {@code void}, {@code irregular} or {@code undetermined}
 * @param location the act's location, such as {@code 2.a#19}
 * @param path the JSON Pointer of what the finding concerns; null to leave it unchecked
 */
public record ExpectedFinding(String rule, String kind, String location, @Nullable String path) {
  /** Checks that every field but the path is given. */
  public ExpectedFinding {
    requireNonNull(rule, "rule");
    requireNonNull(kind, "kind");
    requireNonNull(location, "location");
  }

  /** {@return what a finding of the library looks like as an expectation, its path included} */
  public static ExpectedFinding of(Finding finding) {
    return new ExpectedFinding(
        finding.ruleId(),
        finding.kind().name().toLowerCase(Locale.ROOT),
        finding.location().toString(),
        finding.path());
  }

  /** {@return the path, if the expectation gives one} */
  public Optional<String> pathIfGiven() {
    return Optional.ofNullable(path);
  }

  /** {@return whether {@code actual} is what this expects: a path left out matches any} */
  public boolean matches(ExpectedFinding actual) {
    return rule.equals(actual.rule)
        && kind.equals(actual.kind)
        && location.equals(actual.location)
        && (path == null || path.equals(actual.path));
  }

  /**
   * Returns one line: {@code 2.a#19 void election.seconder-distinct /sessions/1/items/0/acts/18}.
   */
  @Override
  public String toString() {
    return location + " " + kind + " " + rule + (path == null ? "" : " " + path);
  }
}
