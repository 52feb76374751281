package io.github.mispa.json;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one of the model's types from the wire format, through its builder. Unknown fields are
 * rejected as the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} says.
 */
final class PartDeserializer<T> extends StdDeserializer<T> {
  private final Function<RecordReader, T> reader;

  PartDeserializer(Parts.Part<T> part) {
    super(part.type());
    this.reader = part.reader();
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) {
    return RecordReader.readValue(
        p, !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), reader);
  }
}
