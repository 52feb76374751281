package io.github.mispa.examples.conformance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.json.MispaJson;
import io.github.mispa.json.MispaJsonException;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A conformance suite: a directory whose {@code NAME.json} files are records in the wire format,
 * each with a {@code NAME.expected.json} beside it that says what a conforming checker reports.
 * Folders nest freely; {@code conformance/README.md} at the root of the repository describes the
 * format.
 *
 * <pre>{@code
 * ConformanceSuite suite = ConformanceSuite.load(Path.of("conformance"));
 * for (CaseResult result : suite.run()) {
 *   System.out.println((result.passed() ? "PASS " : "FAIL ") + result.name());
 * }
 * }</pre>
 */
public final class ConformanceSuite {
  /** How an expected file's name ends. */
  public static final String EXPECTED_SUFFIX = ".expected.json";

  private static final String RECORD_SUFFIX = ".json";

  private final Path directory;
  private final ImmutableList<ConformanceCase> cases;

  private ConformanceSuite(Path directory, ImmutableList<ConformanceCase> cases) {
    this.directory = directory;
    this.cases = cases;
  }

  /**
   * Finds the cases in {@code directory} and the folders below it, in order of name. A record
   * without an expected file, or an expected file without a record, is a case that fails.
   *
   * @throws IllegalArgumentException if {@code directory} is not a directory
   * @throws UncheckedIOException if it cannot be read
   */
  public static ConformanceSuite load(Path directory) {
    requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(directory + " is not a directory");
    }
    TreeMap<String, ConformanceCase> cases = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      String relative = nameOf(directory.relativize(file));
      String name;
      if (relative.endsWith(EXPECTED_SUFFIX)) {
        name = relative.substring(0, relative.length() - EXPECTED_SUFFIX.length());
      } else if (relative.endsWith(RECORD_SUFFIX)) {
        name = relative.substring(0, relative.length() - RECORD_SUFFIX.length());
      } else {
        continue;
      }
      cases.computeIfAbsent(
          name,
          n ->
              new ConformanceCase(
                  n, directory.resolve(n + RECORD_SUFFIX), directory.resolve(n + EXPECTED_SUFFIX)));
    }
    return new ConformanceSuite(directory, ImmutableList.copyOf(cases.values()));
  }

  /** {@return the directory of the suite} */
  public Path directory() {
    return directory;
  }

  /** {@return the cases, in order of name} */
  public ImmutableList<ConformanceCase> cases() {
    return cases;
  }

  /** {@return the result of every case, in order of name} */
  public ImmutableList<CaseResult> run() {
    return cases.stream().map(ConformanceSuite::run).collect(ImmutableList.toImmutableList());
  }

  /** {@return the result of one case: whether the library reports what it expects} */
  public static CaseResult run(ConformanceCase c) {
    requireNonNull(c, "c");
    if (!Files.isRegularFile(c.expected())) {
      return failed(c, "", "no expected file " + c.expected().getFileName());
    }
    if (!Files.isRegularFile(c.record())) {
      return failed(c, "", "no record file " + c.record().getFileName());
    }
    Expectation expectation;
    try {
      expectation =
          Expectation.parse(new String(Files.readAllBytes(c.expected()), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return failed(c, "", "the expected file cannot be read: " + e);
    } catch (IllegalArgumentException e) {
      return failed(c, "", "the expected file is malformed: " + e.getMessage());
    }
    MeetingRecord record;
    try {
      record = MispaJson.standard().read(c.record());
    } catch (MispaJsonException e) {
      return failed(
          c,
          expectation.description(),
          "the record cannot be read: " + e.problem() + " (at \"" + e.pointer() + "\")");
    } catch (UncheckedIOException e) {
      return failed(c, expectation.description(), "the record cannot be read: " + e.getCause());
    }
    Verdict verdict = RuleSets.named(expectation.ruleSet()).check(record);
    List<ExpectedFinding> actual =
        verdict.findings().stream()
            .filter(f -> expectation.compareUndetermined() || f.kind() != FindingKind.UNDETERMINED)
            .map(ExpectedFinding::of)
            .toList();
    return new CaseResult(
        c.name(), expectation.description(), compare(expectation.findings(), actual));
  }

  /** One line per difference between the expected and the actual findings, in order. */
  static ImmutableList<String> compare(
      List<ExpectedFinding> expected, List<ExpectedFinding> actual) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String n = "finding " + (i + 1) + ": ";
      if (i >= actual.size()) {
        problems.add(n + "expected " + expected.get(i) + ", found none");
      } else if (i >= expected.size()) {
        problems.add(n + "unexpected " + actual.get(i));
      } else if (!expected.get(i).matches(actual.get(i))) {
        problems.add(n + "expected " + expected.get(i) + ", found " + actual.get(i));
      }
    }
    if (!problems.isEmpty()) {
      problems.add(0, "expected " + expected.size() + " findings, found " + actual.size());
    }
    return ImmutableList.copyOf(problems);
  }

  private static CaseResult failed(ConformanceCase c, String description, String problem) {
    return new CaseResult(c.name(), description, ImmutableList.of(problem));
  }

  private static String nameOf(Path relative) {
    List<String> parts = new ArrayList<>();
    for (Path part : relative) {
      parts.add(part.toString());
    }
    return String.join("/", parts);
  }
}
