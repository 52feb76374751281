package io.github.mispa.json;

import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * The types the module binds: the record and every part of it, every kind of act, editions,
 * document symbols and the model's enums, each with the type of its values in the wire format.
 */
final class Parts {
  private Parts() {}

  /** {@return the type of the values of class {@code raw} in the wire format, or null} */
  static @Nullable ValueType<?> find(Class<?> raw) {
    return RecordShapes.valueType(raw).orElse(null);
  }
}
