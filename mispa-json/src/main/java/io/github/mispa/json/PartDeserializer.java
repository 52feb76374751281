package io.github.mispa.json;

import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ValueType;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one of the model's types from the wire format, through its builder: a part, an act (of the
 * class asked for), a value or a code.
 */
final class PartDeserializer<T> extends StdDeserializer<T> {
  private final Class<T> raw;
  private final ValueType<?> type;
  private final boolean ignoreUnknownFields;

  PartDeserializer(Class<T> raw, ValueType<?> type, boolean ignoreUnknownFields) {
    super(raw);
    this.raw = raw;
    this.type = type;
    this.ignoreUnknownFields = ignoreUnknownFields;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) {
    if (type.kind() == ValueType.Kind.ACT) {
      return raw.cast(RecordReader.readAct(p, ignoreUnknownFields, raw.asSubclass(Act.class)));
    }
    return raw.cast(RecordReader.readValue(p, ignoreUnknownFields, type));
  }
}
