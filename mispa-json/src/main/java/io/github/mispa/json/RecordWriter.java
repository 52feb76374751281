package io.github.mispa.json;

import static java.util.Objects.requireNonNull;

import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Shape.Field;
import io.github.mispa.procedure.ValueType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes the wire format to a token stream, as the model's {@link Shape shapes} describe it: fields
 * in their shape's order, absent optionals and empty collections left out, defaulted attributes
 * always written. The same value always gives the same tokens.
 */
final class RecordWriter {
  private static final SerializableString FORMAT_VERSION = new SerializedString("formatVersion");
  private static final SerializableString TYPE = new SerializedString("type");

  /** The field names of every shape, encoded once, by shape. */
  private static final IdentityHashMap<Shape<?>, SerializableString[]> NAMES =
      new IdentityHashMap<>();

  /** The codes of every enum constant of the model, encoded once. */
  private static final Map<Object, SerializableString> CODES = new HashMap<>();

  static {
    List<Shape<?>> shapes = new ArrayList<>(RecordShapes.all());
    for (ActKind kind : ActKind.values()) {
      shapes.add(kind.shape());
    }
    for (Shape<?> shape : shapes) {
      NAMES.put(
          shape,
          shape.fields().stream()
              .map(f -> new SerializedString(f.name()))
              .toArray(SerializableString[]::new));
    }
    for (ValueType<?> codes : RecordShapes.codes().values()) {
      codes.codes().forEach((code, constant) -> CODES.put(constant, new SerializedString(code)));
    }
  }

  private final JsonGenerator g;
  private final int version;

  /** A writer of format version {@code version} to {@code g}. */
  RecordWriter(JsonGenerator g, int version) {
    this.g = g;
    this.version = version;
  }

  /** Writes {@code value}, of {@code type}. */
  void value(ValueType<?> type, Object value) {
    switch (type.kind()) {
      case TEXT, ID, REFERENCE -> g.writeString((String) value);
      case CODE -> g.writeString(requireNonNull(CODES.get(value)));
      case BOOLEAN -> g.writeBoolean((Boolean) value);
      case INTEGER -> g.writeNumber((Integer) value);
      case EDITION -> g.writeNumber(((Edition) value).number());
      case DATE -> g.writeString(((LocalDate) value).toString());
      case DATE_TIME ->
          g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) value));
      case SYMBOL -> g.writeString(((DocumentSymbol) value).toString());
      case OBJECT -> object(type.shape(), value);
      case ACT -> act((Act) value);
    }
  }

  private <T> void object(Shape<T> shape, Object value) {
    g.writeStartObject();
    if (shape == RecordShapes.record()) {
      // The record holds the format version beside the model's fields, first.
      g.writeName(FORMAT_VERSION);
      g.writeNumber(version);
    }
    fields(shape, shape.type().cast(value));
    g.writeEndObject();
  }

  /** Writes an act: its type first, then the fields of its kind. */
  void act(Act act) {
    g.writeStartObject();
    g.writeName(TYPE);
    g.writeString(requireNonNull(CODES.get(act.kind())));
    fields(act.kind().shape(), act);
    g.writeEndObject();
  }

  private <T> void fields(Shape<T> shape, Object value) {
    T object = shape.type().cast(value);
    if (version < RecordShapes.FORMAT_VERSION) {
      shape.checkWritable(object, version);
    }
    SerializableString[] names = requireNonNull(NAMES.get(shape));
    List<Field<T>> fields = shape.fields();
    // Indexed, not for-each: this runs for every object of a record.
    for (int i = 0; i < fields.size(); i++) {
      Field<T> field = fields.get(i);
      if (!field.in(version)) {
        continue;
      }
      Object written = field.written(object);
      if (written == null) {
        continue;
      }
      g.writeName(names[i]);
      if (written instanceof Collection<?> values) {
        g.writeStartArray();
        for (Object element : values) {
          value(field.type(), element);
        }
        g.writeEndArray();
      } else {
        value(field.type(), written);
      }
    }
  }
}
