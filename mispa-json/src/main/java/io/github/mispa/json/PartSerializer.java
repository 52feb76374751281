package io.github.mispa.json;

import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one of the model's types in the wire format. */
final class PartSerializer<T> extends StdSerializer<T> {
  private final BiConsumer<RecordWriter, T> writer;

  PartSerializer(Parts.Part<T> part) {
    super(part.type());
    this.writer = part.writer();
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext context) {
    writer.accept(new RecordWriter(g), value);
  }
}
