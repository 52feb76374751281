package io.github.mispa.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads an enum of the model from its wire name, and from nothing else. */
final class EnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {
  private final WireEnum<E> wire;

  EnumDeserializer(Class<E> type, WireEnum<E> wire) {
    super(type);
    this.wire = wire;
  }

  @Override
  public E deserialize(JsonParser p, DeserializationContext context) {
    return RecordReader.readValue(p, false, r -> r.code(wire));
  }
}
