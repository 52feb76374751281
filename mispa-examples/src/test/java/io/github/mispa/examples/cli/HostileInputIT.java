package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite against the built jar, in processes of their own: what only a real
 * process shows (a named pipe, a device, standard input, the bytes that reach a terminal) and the
 * large inputs under the documented limits, in a heap of 256 MB, each within the two minutes {@link
 * Jar} allows before it calls a run hung. The in-process side is {@code HostileInputTest}.
 */
class HostileInputIT {
  /**
   * A heap that a record under the limits needs no more than, and that a quadratic copy exceeds.
   */
  private static final List<String> SMALL_HEAP = List.of("-Xmx256m");

  /** Characters that a terminal acts on: C0 but line ends, DEL, C1, bidirectional controls. */
  private static final String TERMINAL_CONTROLS =
      "(?s).*[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069].*";

  @TempDir Path dir;

  @Test
  void aNamedPipeIsRefusedAtOnce() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works");

    // Blocked forever before, with no output.
    Jar.Result result = Jar.run(dir, "validate", fifo.toString());

    assertThat(result.code()).as(result.toString()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines())
        .containsExactly(
            "mispa: "
                + fifo
                + ": is not a regular file (a named pipe, a device or a socket, say); mispa reads"
                + " records from regular files, and from standard input as '-'");
  }

  @Test
  void aDeviceThatNeverEndsIsRefused() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");

    Jar.Result result = Jar.run(dir, "report", "/dev/zero");

    assertThat(result.code()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.errLines().get(0)).startsWith("mispa: /dev/zero: is not a regular file");
  }

  @Test
  void standardInputIsReadWhenAskedFor() throws Exception {
    Jar.Result result = Jar.run(dir, List.of(), Records.MISPA_V, "validate", "-");

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("standard input: clean under mispa");
  }

  @Test
  void aForgedCleanVerdictReachesTheTerminalAsEscapes() throws Exception {
    Path file = HostileRecords.write(dir.resolve("hostile.json"), HostileRecords.forgingName());

    Jar.Result result = Jar.run(dir, "validate", file.toString());

    // The exit code was 1 before too; what the terminal showed was "clean".
    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .doesNotMatch(TERMINAL_CONTROLS)
        .startsWith(file + ": NOT clean under mispa: 1 void finding, 0 irregular findings\n")
        .contains("Costa Rica\\u001B[1A\\u001B[2K\\rhostile.json: clean under mispa");
  }

  @Test
  void integerOverflowOfAnnouncedCountsExitsTwo() throws Exception {
    Path file =
        HostileRecords.write(
            dir.resolve("overflow.json"),
            HostileRecords.announced(2_147_483_647L, 2_147_483_646L, 37));

    Jar.Result result = Jar.run(dir, "validate", file.toString());

    assertThat(result.code()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.errLines().get(0))
        .contains("expected a count, an integer from 0 to 1000000, found 2147483647")
        .contains("/tally/announcedFor\", line 1, column ");
  }

  @Test
  void aTruncatedFileIsOneLineWithItsPlace() throws Exception {
    Path file = HostileRecords.write(dir.resolve("cut.json"), "{\"formatVersion\":1,\"meeting\":{");

    Jar.Result result = Jar.run(dir, "validate", file.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly(
            "mispa: "
                + file
                + ": not a mispa record: the input ends before the record does, inside an object (at"
                + " JSON Pointer \"/meeting\", line 1, column 31)");
  }

  @Test
  void fourHundredThousandSupportsOfOneProposalInASmallHeap() throws Exception {
    // 16 MB, far under the 256 MiB limit: ran past 150 s at 1.8 GB when each support copied
    // the supporters before it.
    Path file =
        HostileRecords.write(dir.resolve("supports.json"), HostileRecords.supports(400_000));

    Jar.Result result = Jar.run(dir, SMALL_HEAP, Path.of("/dev/null"), "validate", file.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).startsWith(file + ": clean under mispa");
  }

  @Test
  void aHundredThousandNominationsPrintAFewLinesInASmallHeap() throws Exception {
    Path file =
        HostileRecords.write(dir.resolve("nominations.json"), HostileRecords.nominations(100_000));

    Jar.Result result = Jar.run(dir, SMALL_HEAP, Path.of("/dev/null"), "validate", file.toString());

    assertThat(result.code()).as(result.err()).isEqualTo(1);
    assertThat(result.out().length()).isLessThan(5_000);
  }

  @Test
  void fiftyMegabytesOfOneStringIsRefusedInASmallHeap() throws Exception {
    Path file = dir.resolve("string.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      out.write("{\"formatVersion\":1,\"meeting\":{\"theme\":\"".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 50_000_000; i++) {
        out.write('x');
      }
      out.write("\"}}".getBytes(StandardCharsets.UTF_8));
    }

    Jar.Result result = Jar.run(dir, SMALL_HEAP, Path.of("/dev/null"), "validate", file.toString());

    assertThat(result.code()).as(result.err()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .contains("a string is longer than 1000000 characters, the limit (at JSON Pointer")
        .contains("\"/meeting/theme\", line 1, column ");
  }

  @Test
  void aMillionBrokenReferencesAreCountedInASmallHeap() throws Exception {
    StringBuilder attendance = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) {
      attendance.append(i == 0 ? "" : ",").append("\"X").append(i).append('"');
    }
    Path file =
        HostileRecords.write(
            dir.resolve("dangling.json"),
            HostileRecords.edit("/sessions/1", s -> s.putArray("attendance"))
                .replace("\"attendance\":[]", "\"attendance\":[" + attendance + "]"));

    Jar.Result result = Jar.run(dir, SMALL_HEAP, Path.of("/dev/null"), "validate", file.toString());

    assertThat(result.code()).as(result.err()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly(
            "mispa: "
                + file
                + ": not a mispa record: attendance of session 2 names participant \"X0\", which the"
                + " record does not define (at JSON Pointer \"/sessions/1/attendance/0\"); and"
                + " 999999 more problems");
  }

  @Test
  void deepNestingIsRefusedAtTheLimit() throws IOException, InterruptedException {
    Path file =
        HostileRecords.write(
            dir.resolve("deep.json"), "{\"formatVersion\":1,\"meeting\":" + "[".repeat(10_000));

    Jar.Result result = Jar.run(dir, "validate", file.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly(
            "mispa: "
                + file
                + ": not a mispa record: expected a meeting (an object), found an array (at JSON"
                + " Pointer \"/meeting\", line 1, column 30)");
  }
}
