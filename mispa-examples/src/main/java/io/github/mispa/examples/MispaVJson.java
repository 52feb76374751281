package io.github.mispa.examples;

import io.github.mispa.json.MispaJson;
import java.nio.file.Path;

/**
 * Writes the record of MISPA V as JSON, pretty-printed: the file checked in as {@code
 * mispa-examples/src/main/resources/io/github/mispa/examples/mispa-v.json}, which a test keeps
 * equal, byte for byte, to what the library writes. Run it after changing the record or the wire
 * format:
 *
 * <pre>{@code
 * ./mvnw -q -pl mispa-examples -am test-compile exec:java@mispa-v-json
 * }</pre>
 */
public final class MispaVJson {
  /** Where the file lives, from the root of the repository. */
  public static final String RESOURCE = "io/github/mispa/examples/mispa-v.json";

  private MispaVJson() {}

  /** Writes the record to the file named by the first argument, or prints it without one. */
  public static void main(String[] args) {
    MispaJson json = MispaJson.standard().withPrettyPrinting(true);
    if (args.length == 0) {
      System.out.print(json.writeToString(MispaV.record()));
    } else {
      json.write(MispaV.record(), Path.of(args[0]));
    }
  }
}
