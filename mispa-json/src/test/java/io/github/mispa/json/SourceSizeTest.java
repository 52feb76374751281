package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sizes the one description of the wire format bought, held: the binding stays a thin walk over
 * the shapes core describes, the engine's files stay readable, and no rule takes an act apart by
 * casting it. Lines are counted as {@code wc -l} counts them, comments included. Tests run in the
 * module's folder, so the sources are found beside it.
 */
class SourceSizeTest {
  private static final Path JSON = Path.of("src/main/java/io/github/mispa/json");
  private static final Path RULES = Path.of("../mispa-core/src/main/java/io/github/mispa/rules");
  private static final Pattern CAST_OF_ACT =
      Pattern.compile("\\(\\s*[A-Z]\\w*\\s*\\)\\s*act\\.act\\(\\)");

  /**
   * The binding's one generated file: the writer of the current version, which {@link
   * WriterGenerator} makes from the shapes and {@link WriterIsGeneratedTest} holds to them.
   */
  private static final Path GENERATED = JSON.resolve("CurrentVersionWriter.java");

  @Test
  void theHandWrittenJavaOfTheBindingIsUnder1800Lines() {
    List<Path> files = javaFiles(JSON);
    assertThat(files).contains(GENERATED);
    long lines =
        files.stream().filter(f -> !f.equals(GENERATED)).mapToLong(SourceSizeTest::lineCount).sum();
    assertThat(lines)
        .as("lines of mispa-json's hand-written main Java")
        .isPositive()
        .isLessThan(1_800);
  }

  @Test
  void noFileOfTheEngineIsOver450Lines() {
    List<Path> files = javaFiles(RULES);
    assertThat(files).as("the engine's files").hasSizeGreaterThan(30);
    assertThat(files)
        .allSatisfy(
            file -> assertThat(lineCount(file)).as(file.toString()).isLessThanOrEqualTo(450));
  }

  @Test
  void noRuleCastsTheActItChecks() {
    assertThat(CAST_OF_ACT.matcher("Nomination n = (Nomination) act.act();").find()).isTrue();
    assertThat(javaFiles(RULES))
        .allSatisfy(
            file ->
                assertThat(CAST_OF_ACT.matcher(read(file)).find()).as(file.toString()).isFalse());
  }

  private static List<Path> javaFiles(Path folder) {
    assertThat(folder).isDirectory();
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long lineCount(Path file) {
    return read(file).chars().filter(c -> c == '\n').count();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
