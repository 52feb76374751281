package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input gives one clear line on standard error and exit code 2, never a stack trace, whichever
 * command reads it.
 */
class BadInputTest {
  private static final int FIFTY_MB = 50 * 1024 * 1024;

  @TempDir Path dir;

  private static void assertOneLine(Run run, String expected) {
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).as(run.toString()).isEmpty();
    assertThat(run.errLines()).as(run.toString()).containsExactly(expected, "");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static void assertOneLineStartingWith(Run run, String prefix) {
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.errLines()).as(run.toString()).hasSize(2);
    assertThat(run.errLines()[0]).startsWith(prefix);
    assertThat(run.errLines()[1]).isEmpty();
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "report", "state", "next"})
  void aMissingFile(String command) {
    Path missing = dir.resolve("missing.json");
    assertOneLine(run(command, missing), "mispa: " + missing + ": cannot be read: no such file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "state", "next"})
  void aDirectory(String command) {
    assertOneLine(run(command, dir), "mispa: " + dir + ": is a directory, not a record file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "report", "state", "next"})
  void aNamedPipeIsRefusedRatherThanWaitedOn(String command) throws Exception {
    Path fifo = dir.resolve("pipe.json");
    assumeTrue(mkfifo(fifo), "mkfifo makes a named pipe");

    // Opening a named pipe to read waits for a writer: the run would never end.
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(command, fifo));

    assertOneLine(
        run,
        "mispa: "
            + fifo
            + ": is not a regular file (a named pipe, a device or a socket, say); mispa reads"
            + " records from regular files, and from standard input as '-'");
  }

  @Test
  void aDeviceIsRefusedRatherThanReadForever() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("validate", zero));

    assertOneLineStartingWith(run, "mispa: /dev/zero: is not a regular file");
  }

  @Test
  void aLinkToARegularFileIsRead() throws IOException {
    Path link =
        Files.createSymbolicLink(dir.resolve("link.json"), Records.MISPA_V.toAbsolutePath());

    try {
      assertThat(run("validate", link).code()).isZero();
    } finally {
      // Removed here: JUnit warns when it has to delete a link that leads out of its folder.
      Files.delete(link);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "report", "state", "next"})
  void aDashReadsStandardInput(String command) throws IOException {
    Run run =
        Run.withInput(
            Files.readAllBytes(Records.MISPA_V),
            command.equals("state") || command.equals("next")
                ? new String[] {command, "-", "--at", "2.a#1"}
                : new String[] {command, "-"});

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    if (command.equals("validate")) {
      assertThat(run.out()).startsWith("standard input: clean under mispa");
    }
  }

  @Test
  void badInputOnStandardInputIsNamedSo() {
    assertOneLine(
        Run.withInput("{".getBytes(StandardCharsets.UTF_8), "validate", "-"),
        "mispa: standard input: not a mispa record: the input ends before the record does,"
            + " inside an object (at JSON Pointer \"\", line 1, column 2)");
  }

  @Test
  void standardInputIsReadOnlyOnce() {
    assertOneLine(
        Run.of("validate", "-", "-"), "mispa: standard input ('-') can be read only once");
  }

  /** Makes a named pipe; false if the system cannot. */
  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
      return mkfifo.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "report", "state", "next"})
  void anEmptyFile(String command) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.json"));
    assertOneLine(
        run(command, empty),
        "mispa: "
            + empty
            + ": not a mispa record: expected a meeting record (an object), found no content (at"
            + " JSON Pointer \"\", line 1, column 0)");
  }

  @Test
  void binaryFiles() throws IOException {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    random[0] = (byte) 0x8a; // not a byte that starts UTF-8
    Path noise = Files.write(dir.resolve("noise.bin"), random);
    assertOneLine(
        run("validate", noise),
        "mispa: "
            + noise
            + ": not a mispa record: the input is not valid UTF-8: byte 0x8A cannot start a character"
            + " (at JSON Pointer \"\", line 1, column 2)");

    Path png =
        Files.write(
            dir.resolve("picture.png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    assertOneLineStartingWith(run("report", png), "mispa: " + png + ": not a mispa record: ");

    Path zeros = Files.write(dir.resolve("zeros.bin"), new byte[1024]);
    assertOneLineStartingWith(run("validate", zeros), "mispa: " + zeros + ": not a mispa record: ");

    // A UTF-32 byte order mark with too few bytes after it.
    Path utf32 =
        Files.write(
            dir.resolve("utf32.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 'a', 'b', 'c'});
    assertOneLineStartingWith(run("validate", utf32), "mispa: " + utf32 + ": not a mispa record: ");
  }

  @Test
  void fiftyMegabytesOfNestedArrays() throws IOException {
    Path nested = dir.resolve("nested.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nested))) {
      for (int i = 0; i < FIFTY_MB / 2; i++) {
        out.write('[');
      }
      for (int i = 0; i < FIFTY_MB / 2; i++) {
        out.write(']');
      }
    }
    assertThat(Files.size(nested)).isEqualTo(FIFTY_MB);

    assertOneLine(
        run("validate", nested),
        "mispa: "
            + nested
            + ": not a mispa record: expected a meeting record (an object), found an array (at JSON"
            + " Pointer \"\", line 1, column 1)");
  }

  @Test
  void fiftyMegabytesOfNestedArraysWhereTheMeetingShouldBe() throws IOException {
    Path nested = dir.resolve("nested-meeting.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nested))) {
      out.write(
          "{\"formatVersion\": 1, \"meeting\": "
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      for (int i = 0; i < FIFTY_MB; i++) {
        out.write('[');
      }
    }

    Run run = run("validate", nested);
    assertOneLineStartingWith(run, "mispa: " + nested + ": not a mispa record: ");
    assertThat(run.err()).contains("(at JSON Pointer \"/meeting");
  }

  @Test
  void malformedJsonNamesThePlace() throws IOException {
    Path file =
        Files.writeString(dir.resolve("truncated.json"), "{\"formatVersion\": 1, \"meeting\": {");
    assertOneLineStartingWith(run("validate", file), "mispa: " + file + ": not a mispa record: ");

    Path unknown =
        Files.writeString(
            dir.resolve("unknown.json"),
            Files.readString(Records.MISPA_V).replaceFirst("\"theme\"", "\"topic\""));
    assertOneLine(
        run("validate", unknown),
        "mispa: "
            + unknown
            + ": not a mispa record: unknown field \"topic\" in a meeting; expected series, edition,"
            + " venue, startDate, endDate, theme, languages, convenedBy, framework, previous,"
            + " designatedProvisionalPresident (at JSON Pointer \"/meeting/topic\", line 15, column 5)");
  }

  @Test
  void wrongCommandLines() {
    assertOneLine(
        Run.of(),
        "mispa: a command is missing: validate, report, state, next, schema or conformance"
            + " (see 'mispa --help')");
    assertOneLineStartingWith(Run.of("check", "x.json"), "mispa: Unmatched arguments");
    assertOneLine(
        Run.of("validate"),
        "mispa: Missing required parameter: 'FILE' (see 'mispa validate --help')");
    assertOneLine(
        Run.of("validate", "--rules", "robert", Records.MISPA_V.toString()),
        "mispa: Invalid value for option '--rules': no standard rule set is named \"robert\": mispa,"
            + " oas-general-assembly, oas-permanent-council (see 'mispa validate --help')");
    assertOneLineStartingWith(
        Run.of("validate", "--format", "xml", Records.MISPA_V.toString()),
        "mispa: Invalid value for option '--format': expected one of [text, json]");
    assertOneLine(
        Run.of("state", Records.MISPA_V.toString(), "--at", "2a#3"),
        "mispa: Invalid value for option '--at': \"2a#3\" is not an act location: expected an item"
            + " number, '#' and an act index, such as 2.a#3 (see 'mispa state --help')");
    assertOneLine(
        Run.of("state", Records.MISPA_V.toString()),
        "mispa: Missing required option: '--at=LOCATION' (see 'mispa state --help')");
    assertOneLine(
        Run.of("state", Records.MISPA_V.toString(), "--at", "2.a#99"),
        "mispa: " + Records.MISPA_V + ": the record has no act at 2.a#99");
    assertOneLine(
        Run.of("next", Records.MISPA_V.toString(), "--at", "2.a#99"),
        "mispa: " + Records.MISPA_V + ": the record has no act at 2.a#99");
    assertOneLine(
        Run.of("next", Records.MISPA_V.toString(), "--at", "2a#3"),
        "mispa: Invalid value for option '--at': \"2a#3\" is not an act location: expected an item"
            + " number, '#' and an act index, such as 2.a#3 (see 'mispa next --help')");
    assertOneLine(
        Run.of("validate", "--threads", "0", Records.MISPA_V.toString()),
        "mispa: --threads must be at least 1, but was 0 (see 'mispa validate --help')");
  }

  private static Run run(String command, Path file) {
    return command.equals("state")
        ? Run.of(command, file.toString(), "--at", "2.a#1")
        : Run.of(command, file.toString());
  }
}
