package io.github.mispa.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built jar, {@code target/mispa.jar}, run as a person would: {@code java -jar}, in a process
 * of its own, with what it prints collected in files of a scratch directory.
 */
final class Jar {
  private static final Path JAR = Path.of("target", "mispa.jar");

  /** The longest a run may take before it counts as hung. */
  private static final long TIME_OUT_SECONDS = 120;

  private Jar() {}

  /** A run of the jar: exit code, standard output and standard error. */
  record Result(int code, String out, String err) {
    /** The lines printed on standard error. */
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs the jar with {@code args}, standard input empty. */
  static Result run(Path dir, String... args) throws IOException, InterruptedException {
    return run(dir, List.of(), Path.of("/dev/null"), args);
  }

  /**
   * Runs the jar in a JVM with {@code options}, with {@code input} as its standard input, and
   * {@code args}; fails if it runs longer than two minutes.
   */
  static Result run(Path dir, List<String> options, Path input, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    // The tool prints UTF-8 whatever the platform's encoding.
    command.add("-Dfile.encoding=US-ASCII");
    command.add("-Dsun.stdout.encoding=US-ASCII");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(input.toFile()))
            .start();
    if (!process.waitFor(TIME_OUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar did not finish: " + command);
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
