package io.github.mispa.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.Rule;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite checked in at {@code conformance/}: its expectations are written by hand and its
 * records generated; the library agrees with every case but the known disagreements; it is
 * complete; it cannot rot.
 */
class CheckedInSuiteTest {
  /** The suite, from the module's directory, where the tests run. */
  static final Path SUITE = Path.of("..", "conformance");

  /** The generator's source, which must not run the rules. */
  private static final Path GENERATOR =
      Path.of(
          "src/main/java/io/github/mispa/examples/conformance/ConformanceCases.java"
              .replace('/', java.io.File.separatorChar));

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> theLibraryAgreesWithEveryCaseButTheKnownDisagreements() {
    List<ConformanceCase> cases = ConformanceSuite.load(SUITE).cases();
    assertThat(cases).hasSizeGreaterThan(2 * RuleSets.catalogue().size());
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      CaseResult result = ConformanceSuite.run(c);
                      if (KnownEngineDisagreements.CASES.containsKey(c.name())) {
                        assertThat(result.passed())
                            .as(
                                "%s is a known disagreement, but the library now reports what it"
                                    + " expects: remove it from KnownEngineDisagreements",
                                c.name())
                            .isFalse();
                      } else {
                        assertThat(result.problems()).as(result.description()).isEmpty();
                      }
                    }));
  }

  @Test
  void theFailingCasesAreExactlyTheKnownDisagreements() {
    List<String> failing =
        ConformanceSuite.load(SUITE).run().stream()
            .filter(r -> !r.passed())
            .map(CaseResult::name)
            .toList();
    assertThat(failing).containsExactlyElementsOf(KnownEngineDisagreements.CASES.keySet());
  }

  @Test
  void regeneratingTheRecordsGivesTheSameBytes() throws IOException {
    Map<String, String> checkedIn = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SUITE)) {
      for (Path file : files.filter(CheckedInSuiteTest::isRecordFile).toList()) {
        checkedIn.put(
            SUITE.relativize(file).toString().replace('\\', '/'),
            new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    Map<String, String> generated = new TreeMap<>();
    ConformanceCases.files()
        .forEach((name, bytes) -> generated.put(name, new String(bytes, StandardCharsets.UTF_8)));

    String hint =
        "the records of conformance/ are stale: regenerate them with"
            + " './mvnw -q -pl mispa-examples -am test-compile exec:java@conformance' and review the"
            + " difference";
    assertThat(checkedIn.keySet()).as(hint).containsExactlyElementsOf(generated.keySet());
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(checkedIn.get(file.getKey()))
          .as(hint + ": " + file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void theGeneratorWritesRecordsAndLeavesExpectedFilesAlone() throws IOException {
    assertThat(ConformanceCases.files().keySet())
        .isNotEmpty()
        .noneMatch(name -> name.endsWith(ConformanceSuite.EXPECTED_SUFFIX));

    String handWritten = "{\"description\": \"written by hand\", \"findings\": []}\n";
    Path expected = dir.resolve("mispa-v" + ConformanceSuite.EXPECTED_SUFFIX);
    Files.writeString(expected, handWritten);
    Files.createDirectories(dir.resolve("gone"));
    Files.writeString(dir.resolve("gone/stale.json"), "{}");
    Files.writeString(dir.resolve("gone/stale" + ConformanceSuite.EXPECTED_SUFFIX), handWritten);

    ConformanceCases.write(dir);

    assertThat(expected).hasContent(handWritten);
    assertThat(dir.resolve("gone/stale" + ConformanceSuite.EXPECTED_SUFFIX))
        .hasContent(handWritten);
    assertThat(dir.resolve("gone/stale.json")).doesNotExist();
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(ConformanceSuite.EXPECTED_SUFFIX)))
          .containsExactlyInAnyOrder(
              "mispa-v" + ConformanceSuite.EXPECTED_SUFFIX,
              "stale" + ConformanceSuite.EXPECTED_SUFFIX);
    }
  }

  @Test
  void theGeneratorNeverRunsTheRules() throws IOException {
    assertThat(Files.readString(GENERATOR))
        .as("ConformanceCases must not use the rules engine: expectations are written by hand")
        .doesNotContain("io.github.mispa.rules")
        .doesNotContain(".check(");
  }

  @Test
  void everyGeneratedCaseHasAHandWrittenExpectationWithItsDescription() throws IOException {
    List<String> problems = new ArrayList<>();
    for (ConformanceCases.Case c : ConformanceCases.cases()) {
      Path expected = SUITE.resolve(c.name() + ConformanceSuite.EXPECTED_SUFFIX);
      if (!Files.isRegularFile(expected)) {
        problems.add(c.name() + ": no expected file; write it by hand");
        continue;
      }
      String description = Expectation.parse(Files.readString(expected)).description();
      if (!description.equals(c.description())) {
        problems.add(
            c.name()
                + ": the expected file says \""
                + description
                + "\", ConformanceCases \""
                + c.description()
                + "\"");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyExpectedFindingIsAtAnActOfItsRecordAndInTheOrderACheckerReportsThem()
      throws IOException {
    List<String> problems = new ArrayList<>();
    Comparator<ExpectedFinding> order =
        Comparator.comparing((ExpectedFinding f) -> ActLocation.parse(f.location()))
            .thenComparing(ExpectedFinding::rule)
            .thenComparing(f -> f.pathIfGiven().orElse(""));
    for (ConformanceCase c : ConformanceSuite.load(SUITE).cases()) {
      MeetingRecord record = MispaJson.standard().read(c.record());
      ImmutableList<ExpectedFinding> findings =
          Expectation.parse(Files.readString(c.expected())).findings();
      for (ExpectedFinding f : findings) {
        Optional<RecordedAct> act = record.act(ActLocation.parse(f.location()));
        Optional<String> path = f.pathIfGiven();
        if (act.isEmpty()) {
          problems.add(c.name() + ": no act at " + f.location());
        } else if (path.isPresent()
            && !path.get().equals(act.get().path())
            && !path.get().startsWith(act.get().path() + "/")) {
          problems.add(c.name() + ": " + f + " is not a path of the act " + act.get().path());
        }
      }
      if (!Comparators.isInOrder(findings, order)) {
        problems.add(c.name() + ": the findings are not in the order a checker reports them");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRuleHasACaseThatFiresAndANearMissAndEveryFolderIsARule() throws IOException {
    List<String> ids = RuleSets.catalogue().stream().map(Rule::id).toList();
    List<String> problems = new ArrayList<>();
    for (String id : ids) {
      Path folder = SUITE.resolve(id);
      List<String> names;
      try (Stream<Path> files = Files.list(folder)) {
        names = files.map(p -> p.getFileName().toString()).toList();
      } catch (java.nio.file.NoSuchFileException e) {
        problems.add(id + ": no folder");
        continue;
      }
      boolean fires =
          names.stream()
              .anyMatch(
                  n -> n.startsWith(Naming.FIRES) && n.endsWith(ConformanceSuite.EXPECTED_SUFFIX));
      boolean nearMiss =
          names.stream()
              .anyMatch(
                  n ->
                      n.startsWith(Naming.NEAR_MISS)
                          && n.endsWith(ConformanceSuite.EXPECTED_SUFFIX));
      if (!fires || !nearMiss) {
        problems.add(id + ": fires " + fires + ", near miss " + nearMiss);
      }
    }
    try (Stream<Path> folders = Files.list(SUITE)) {
      folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("combined") && !ids.contains(name))
          .forEach(name -> problems.add(name + ": a folder that is no rule of the catalogue"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyCaseKeepsThePromiseOfItsName() throws IOException {
    List<String> problems = new ArrayList<>();
    for (ConformanceCase c : ConformanceSuite.load(SUITE).cases()) {
      Expectation expectation = Expectation.parse(Files.readString(c.expected()));
      problems.addAll(Naming.problems(c.name(), expectation));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCombinedCasesTheIssueAsksFor() {
    List<String> names =
        ConformanceSuite.load(SUITE).cases().stream().map(ConformanceCase::name).toList();
    assertThat(names)
        .contains(
            "mispa-v",
            "combined/void-election-then-the-would-be-vice-chair-presides",
            "combined/two-competing-hosting-offers",
            "combined/amendment-to-a-pending-amendment");
  }

  private static boolean isRecordFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") && !name.endsWith(ConformanceSuite.EXPECTED_SUFFIX);
  }
}
