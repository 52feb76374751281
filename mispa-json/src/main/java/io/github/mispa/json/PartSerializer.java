package io.github.mispa.json;

import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.ValueType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one of the model's types in the wire format: a part, an act, a value or a code. */
final class PartSerializer<T> extends StdSerializer<T> {
  private final ValueType<?> type;

  PartSerializer(Class<T> raw, ValueType<?> type) {
    super(raw);
    this.type = type;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext context) {
    Object version = context.getAttribute(Wire.VERSION_ATTRIBUTE);
    new RecordWriter(g, version instanceof Integer v ? v : RecordShapes.FORMAT_VERSION)
        .value(type, value);
  }
}
