package io.github.mispa.examples.cli;

import io.github.mispa.json.MispaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mispa schema}: the JSON Schema of the wire format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of the wire format, version 1, as the mispa-json jar"
          + " ships it."
    })
final class SchemaCommand implements Callable<Integer> {
  /** The schema, a resource of the mispa-json jar. */
  static final String RESOURCE = "/io/github/mispa/json/mispa-record.schema.json";

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(schema());
    return Mispa.EXIT_OK;
  }

  /** {@return the schema's text} */
  static String schema() {
    try (InputStream in = MispaJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the schema " + RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
