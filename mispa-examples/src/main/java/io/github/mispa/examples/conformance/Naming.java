package io.github.mispa.examples.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * The naming convention of the suite's cases about one rule, {@code RULE/PREFIX-words}: a case
 * whose name starts {@code fires-} expects a void or irregular finding of {@code RULE}; {@code
 * undetermined-}, an undetermined one and no void or irregular one; {@code near-miss-}, no void or
 * irregular finding of {@code RULE}. Other names ({@code combined/...}, {@code mispa-v}) promise
 * nothing.
 */
final class Naming {
  static final String FIRES = "fires-";
  static final String UNDETERMINED = "undetermined-";
  static final String NEAR_MISS = "near-miss-";

  private Naming() {}

  /** {@return the rule a case is about, from its folder; empty for other cases} */
  static java.util.Optional<String> rule(String name) {
    int slash = name.indexOf('/');
    if (slash < 0 || name.startsWith("combined/")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(name.substring(0, slash));
  }

  /** {@return what the case's file name starts with: fires-, undetermined-, near-miss- or ""} */
  static String prefix(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    for (String prefix : List.of(FIRES, UNDETERMINED, NEAR_MISS)) {
      if (file.startsWith(prefix)) {
        return prefix;
      }
    }
    return "";
  }

  /** {@return how the expectation breaks the promise of the case's name; empty if it keeps it} */
  static List<String> problems(String name, Expectation expectation) {
    List<String> problems = new ArrayList<>();
    java.util.Optional<String> about = rule(name);
    if (about.isEmpty()) {
      return problems;
    }
    String rule = about.get();
    boolean decisive =
        expectation.findings().stream()
            .anyMatch(f -> f.rule().equals(rule) && !f.kind().equals("undetermined"));
    boolean undetermined =
        expectation.findings().stream()
            .anyMatch(f -> f.rule().equals(rule) && f.kind().equals("undetermined"));
    switch (prefix(name)) {
      case FIRES -> {
        if (!decisive) {
          problems.add(name + ": a fires- case expects no void or irregular finding of " + rule);
        }
      }
      case UNDETERMINED -> {
        if (!undetermined || decisive || !expectation.compareUndetermined()) {
          problems.add(
              name
                  + ": an undetermined- case must compare undetermined findings and expect an"
                  + " undetermined finding of "
                  + rule
                  + " and no void or irregular one");
        }
      }
      case NEAR_MISS -> {
        if (decisive) {
          problems.add(name + ": a near-miss- case expects a void or irregular finding of " + rule);
        }
      }
      default ->
          problems.add(name + ": a case about a rule starts fires-, undetermined- or near-miss-");
    }
    return problems;
  }
}
