package io.github.mispa.examples.conformance;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One case of a suite: a record file and its expected file.
 *
 * @param name the record file's path from the suite's directory, without {@code .json}, with {@code
 *     /} between folders, such as {@code election.seconder-distinct/fires-self-seconded}
 * @param record the record, {@code NAME.json}
 * @param expected what a checker reports on it, {@code NAME.expected.json}
 */
public record ConformanceCase(String name, Path record, Path expected) {
  /** Checks that every field is given. */
  public ConformanceCase {
    requireNonNull(name, "name");
    requireNonNull(record, "record");
    requireNonNull(expected, "expected");
  }
}
