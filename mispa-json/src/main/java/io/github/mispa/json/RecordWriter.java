package io.github.mispa.json;

import static java.util.Objects.requireNonNull;

import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Shape.Field;
import io.github.mispa.procedure.Shape.Multiplicity;
import io.github.mispa.procedure.ValueType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the wire format to a token stream, as the model's {@link Shape shapes} describe it: fields
 * in their shape's order, absent optionals and empty collections left out, defaulted attributes
 * always written. The same value always gives the same tokens.
 *
 * <p>The current version is written by {@link CurrentVersionWriter}, generated from the shapes,
 * which calls each accessor directly; this walk over the shapes writes earlier versions, and the
 * fields whose value is worked out by their getter.
 */
final class RecordWriter {
  /** The codes of every enum constant of the model. */
  private static final Map<Object, String> CODES = new HashMap<>();

  static {
    for (ValueType<?> codes : RecordShapes.codes().values()) {
      codes.codes().forEach((code, constant) -> CODES.put(constant, code));
    }
  }

  private final JsonGenerator g;
  private final int version;
  private final @Nullable CurrentVersionWriter current;

  /** A writer of format version {@code version} to {@code g}. */
  RecordWriter(JsonGenerator g, int version) {
    this.g = g;
    this.version = version;
    this.current =
        version == RecordShapes.FORMAT_VERSION ? new CurrentVersionWriter(g, this) : null;
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
      case OBJECT -> {
        if (current != null) {
          current.object(type.shape(), value);
        } else {
          object(type.shape(), value);
        }
      }
      case ACT -> {
        if (current != null) {
          current.act((Act) value);
        } else {
          act((Act) value);
        }
      }
    }
  }

  private void object(Shape<?> shape, Object value) {
    g.writeStartObject();
    if (shape == RecordShapes.record()) {
      // The record holds the format version beside the model's fields, first.
      g.writeNumberProperty("formatVersion", version);
    }
    fields(shape, value);
    g.writeEndObject();
  }

  /** Writes an act of an earlier version: its type first, then the fields of its kind. */
  private void act(Act act) {
    g.writeStartObject();
    g.writeStringProperty("type", requireNonNull(CODES.get(act.kind())));
    fields(act.kind().shape(), act);
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked") // the fields are of the object's shape
  private void fields(Shape<?> shape, Object object) {
    ((Shape<Object>) shape).checkWritable(object, version);
    for (Field<?> field : shape.fields()) {
      if (field.in(version)) {
        field(field, object);
      }
    }
  }

  /** Writes {@code field} of {@code object}, its name and value, unless it is left out. */
  @SuppressWarnings("unchecked") // the caller passes a field of the object's shape
  void field(Field<?> field, Object object) {
    Object written = ((Field<Object>) field).written(object);
    if (written == null) {
      return;
    }
    g.writeName(field.name());
    Multiplicity multiplicity = field.multiplicity();
    if (multiplicity == Multiplicity.ONE || multiplicity == Multiplicity.OPTIONAL) {
      value(field.type(), written);
      return;
    }
    g.writeStartArray();
    for (Object element : (Collection<?>) written) {
      value(field.type(), element);
    }
    g.writeEndArray();
  }
}
