package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.conformance.KnownEngineDisagreements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, {@code target/mispa.jar}, run as a person would: {@code java -jar}. Runs after the
 * package phase (failsafe), so the jar is there.
 */
class MispaJarIT {
  @TempDir Path dir;

  private Jar.Result java(String... args) throws IOException, InterruptedException {
    return Jar.run(dir, args);
  }

  @Test
  void validateOnMispaVExitsZeroWithNoFindings() throws Exception {
    Jar.Result result = java("validate", Records.MISPA_V.toString());

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out()).contains("clean under mispa: no findings");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theReportIsUtf8() throws Exception {
    Jar.Result result = java("report", Records.MISPA_V.toString());

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Chair: Mr. José Luis Pérez Guadalupe");
  }

  @Test
  void validateOnABrokenRecordExitsOneAndNamesTheRule() throws Exception {
    Path broken = Records.write(Records.selfSeconded(), dir.resolve("broken.json"));

    Jar.Result result = java("validate", broken.toString());

    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).contains("2.a#19 void election.seconder-distinct");
  }

  @Test
  void anEmptyFileIsOneLineOnStandardErrorAndExitTwo() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.json"));

    Jar.Result result = java("validate", empty.toString());

    assertThat(result.code()).as(result.toString()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "mispa: "
                + empty
                + ": not a mispa record: expected a meeting record (an object), found no content"
                + " (at JSON Pointer \"\", line 1, column 0)\n");
  }

  @Test
  void theConformanceSuitePassesButTheKnownDisagreements() throws Exception {
    int known = KnownEngineDisagreements.CASES.size();

    Jar.Result result = java("conformance", "--quiet", Path.of("..", "conformance").toString());

    assertThat(result.code()).as(result.toString()).isEqualTo(known == 0 ? 0 : 1);
    assertThat(result.out()).endsWith(" passed, " + known + " failed\n");
    for (String name : KnownEngineDisagreements.CASES.keySet()) {
      assertThat(result.out()).contains("FAIL " + name + ": ");
    }
  }
}
