package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The writer of the current format version is what {@link WriterGenerator} makes of the model's
 * shapes. After changing the shapes, run this test with {@code -Dmispa.writer.write=true}, then
 * {@code ./mvnw spotless:apply}: the comparison leaves out layout, which the formatter owns.
 */
class WriterIsGeneratedTest {
  private static final Path WRITER =
      Path.of("src/main/java/io/github/mispa/json/CurrentVersionWriter.java");

  @Test
  void theWriterOfTheCurrentVersionIsGeneratedFromTheShapes() throws IOException {
    String generated = WriterGenerator.generate();
    if (Boolean.getBoolean("mispa.writer.write")) {
      Files.writeString(WRITER, generated, StandardCharsets.UTF_8);
    }
    assertThat(withoutLayout(Files.readString(WRITER, StandardCharsets.UTF_8)))
        .as("the checked-in writer; regenerate it with -Dmispa.writer.write=true")
        .isEqualTo(withoutLayout(generated));
  }

  @Test
  void layoutIsAllTheComparisonLeavesOut() {
    assertThat(withoutLayout("/** A\n * b. */\nvoid  f(int a,\n    int b) {}"))
        .isEqualTo(withoutLayout("/** A b. */ void f(int a, int b) {}"))
        .isNotEqualTo(withoutLayout("/** A b. */ void f(int b, int a) {}"))
        .isNotEqualTo(withoutLayout("/** A c. */ void f(int a, int b) {}"));
  }

  /**
   * The text without the margins of comments, with every run of white space made one space and none
   * beside punctuation.
   */
  private static String withoutLayout(String source) {
    return source
        .replaceAll("\n\\s*\\*(?!/)", " ")
        .replaceAll("\\s+", " ")
        .replaceAll(" ?([(){}\\[\\];,.=<>+\\-!?:]) ?", "$1")
        .trim();
  }
}
