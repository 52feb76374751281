package io.github.mispa.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an enum of the model by its wire name. */
final class EnumSerializer<E extends Enum<E>> extends StdSerializer<E> {
  private final WireEnum<E> wire;

  EnumSerializer(Class<E> type, WireEnum<E> wire) {
    super(type);
    this.wire = wire;
  }

  @Override
  public void serialize(E value, JsonGenerator g, SerializationContext context) {
    g.writeString(wire.name(value));
  }
}
