package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.conformance.ConformanceSuite;
import io.github.mispa.examples.conformance.KnownEngineDisagreements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCommandTest {
  private static final Path SUITE = Path.of("..", "conformance");

  @TempDir Path dir;

  @Test
  void theCheckedInSuitePassesButTheKnownDisagreementsAndTheLastLineCountsTheCases() {
    int cases = ConformanceSuite.load(SUITE).cases().size();
    int known = KnownEngineDisagreements.CASES.size();

    Run run = Run.of("conformance", SUITE.toString());

    assertThat(run.code()).as(run.toString()).isEqualTo(known == 0 ? 0 : 1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("PASS mispa-v\n")
        .contains("PASS election.seconder-distinct/fires-self-seconded\n")
        .endsWith("\n" + (cases - known) + " passed, " + known + " failed\n");
    for (String name : KnownEngineDisagreements.CASES.keySet()) {
      assertThat(run.out()).contains("FAIL " + name + ": ");
    }
    assertThat(Run.of("conformance", "--quiet", SUITE.toString()).out())
        .endsWith((cases - known) + " passed, " + known + " failed\n");
  }

  @Test
  void aFailingCaseIsShownWithItsDifferencesAndExitsOne() throws IOException {
    Files.copy(SUITE.resolve("mispa-v.json"), dir.resolve("mispa-v.json"));
    Files.writeString(
        dir.resolve("mispa-v.expected.json"),
        """
        {"description": "MISPA V, wrongly expected to break a rule", "findings": [
          {"rule": "session.order", "kind": "irregular", "location": "7.a#1"}]}
        """);
    Files.copy(SUITE.resolve("mispa-v.json"), dir.resolve("clean.json"));
    Files.writeString(
        dir.resolve("clean.expected.json"), "{\"description\": \"clean\", \"findings\": []}");

    Run run = Run.of("conformance", dir.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            """
            PASS clean
            FAIL mispa-v: MISPA V, wrongly expected to break a rule
              expected 1 findings, found 0
              finding 1: expected 7.a#1 irregular session.order, found none
            1 passed, 1 failed
            """);
  }

  @Test
  void aDirectoryWithoutCasesOrNoDirectoryIsBadInput() throws IOException {
    Files.writeString(dir.resolve("README.md"), "no cases here\n");
    Run empty = Run.of("conformance", dir.toString());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err())
        .isEqualTo(
            "mispa: " + dir + ": no conformance case (no NAME.json with its NAME.expected.json)\n");

    Run missing = Run.of("conformance", dir.resolve("nowhere").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo("mispa: " + dir.resolve("nowhere") + ": no such directory\n");

    Run file = Run.of("conformance", dir.resolve("README.md").toString());
    assertThat(file.code()).isEqualTo(2);
    assertThat(file.err()).isEqualTo("mispa: " + dir.resolve("README.md") + ": not a directory\n");
  }
}
