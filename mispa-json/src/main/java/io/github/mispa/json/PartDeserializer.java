package io.github.mispa.json;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads one of the model's types from the wire format, through its builder. */
final class PartDeserializer<T> extends StdDeserializer<T> {
  private final Function<RecordReader, T> reader;
  private final boolean ignoreUnknownFields;

  PartDeserializer(Parts.Part<T> part, boolean ignoreUnknownFields) {
    super(part.type());
    this.reader = part.reader();
    this.ignoreUnknownFields = ignoreUnknownFields;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) {
    return RecordReader.readValue(p, ignoreUnknownFields, reader);
  }
}
