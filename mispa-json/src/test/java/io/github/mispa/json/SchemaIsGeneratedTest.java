package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema shipped in the jar is what {@link SchemaGenerator} makes of the model's shapes. After
 * changing the shapes, run this test with {@code -Dmispa.schema.write=true} to write it again.
 */
class SchemaIsGeneratedTest {
  private static final Path SCHEMA =
      Path.of("src/main/resources/io/github/mispa/json/mispa-record.schema.json");

  @Test
  void theSchemaInTheJarIsGeneratedFromTheShapes() throws IOException {
    String generated = SchemaGenerator.generate();
    if (Boolean.getBoolean("mispa.schema.write")) {
      Files.writeString(SCHEMA, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8))
        .as("the checked-in schema; regenerate it with -Dmispa.schema.write=true")
        .isEqualTo(generated);
  }
}
