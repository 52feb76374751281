package io.github.mispa.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.rules.Rule;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The suite checked in at {@code conformance/}: it passes, it is complete, it cannot rot. */
class CheckedInSuiteTest {
  /** The suite, from the module's directory, where the tests run. */
  static final Path SUITE = Path.of("..", "conformance");

  @TestFactory
  Stream<DynamicTest> everyCasePasses() {
    List<ConformanceCase> cases = ConformanceSuite.load(SUITE).cases();
    assertThat(cases).hasSizeGreaterThan(2 * RuleSets.catalogue().size());
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      CaseResult result = ConformanceSuite.run(c);
                      assertThat(result.problems()).as(result.description()).isEmpty();
                    }));
  }

  @Test
  void regeneratingTheSuiteGivesTheSameBytes() throws IOException {
    Map<String, byte[]> generated = ConformanceCases.files();
    Map<String, String> checkedIn = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SUITE)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        checkedIn.put(
            SUITE.relativize(file).toString().replace('\\', '/'),
            new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    Map<String, String> expected = new TreeMap<>();
    generated.forEach(
        (name, bytes) -> expected.put(name, new String(bytes, StandardCharsets.UTF_8)));

    String hint =
        "conformance/ is stale: regenerate it with"
            + " './mvnw -q -pl mispa-examples -am compile exec:java@conformance' and review the"
            + " difference";
    assertThat(checkedIn.keySet()).as(hint).containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertThat(checkedIn.get(file.getKey()))
          .as(hint + ": " + file.getKey())
          .isEqualTo(file.getValue());
    }
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
}
