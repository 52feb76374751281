package io.github.mispa.json;

import static java.util.Objects.requireNonNull;

import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Shape.Field;
import io.github.mispa.procedure.Shape.Multiplicity;
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

  /** Every shape made ready to write, once. */
  private static final IdentityHashMap<Shape<?>, Plan> PLANS = new IdentityHashMap<>();

  /** The codes of every enum constant of the model, encoded once. */
  private static final Map<Object, SerializableString> CODES = new HashMap<>();

  static {
    List<Shape<?>> shapes = new ArrayList<>(RecordShapes.all());
    for (ActKind kind : ActKind.values()) {
      shapes.add(kind.shape());
    }
    shapes.forEach(shape -> PLANS.put(shape, new Plan(shape)));
    for (ValueType<?> codes : RecordShapes.codes().values()) {
      codes.codes().forEach((code, constant) -> CODES.put(constant, new SerializedString(code)));
    }
  }

  /**
   * A shape as arrays: its fields, their names encoded, and whether each holds many values. A
   * record of 100,000 acts has hundreds of thousands of small objects (ballots, above all), and
   * walking arrays rather than lists and casts for each is a good part of the time to write them.
   */
  private static final class Plan {
    final Shape<?> shape;
    final Field<Object>[] fields;
    final SerializableString[] names;
    final boolean[] many;

    @SuppressWarnings({"unchecked", "rawtypes"}) // a shape's fields take objects of its type
    Plan(Shape<?> shape) {
      this.shape = shape;
      this.fields = shape.fields().toArray(new Field[0]);
      this.names = new SerializableString[fields.length];
      this.many = new boolean[fields.length];
      for (int i = 0; i < fields.length; i++) {
        names[i] = new SerializedString(fields[i].name());
        Multiplicity multiplicity = fields[i].multiplicity();
        many[i] = multiplicity != Multiplicity.ONE && multiplicity != Multiplicity.OPTIONAL;
      }
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
      case OBJECT -> object(requireNonNull(PLANS.get(type.shape())), value);
      case ACT -> act((Act) value);
    }
  }

  private void object(Plan plan, Object value) {
    g.writeStartObject();
    if (plan.shape == RecordShapes.record()) {
      // The record holds the format version beside the model's fields, first.
      g.writeName(FORMAT_VERSION);
      g.writeNumber(version);
    }
    fields(plan, value);
    g.writeEndObject();
  }

  /** Writes an act: its type first, then the fields of its kind. */
  void act(Act act) {
    g.writeStartObject();
    g.writeName(TYPE);
    g.writeString(requireNonNull(CODES.get(act.kind())));
    fields(requireNonNull(PLANS.get(act.kind().shape())), act);
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked") // the plan is of the object's shape
  private void fields(Plan plan, Object object) {
    if (version < RecordShapes.FORMAT_VERSION) {
      ((Shape<Object>) plan.shape).checkWritable(object, version);
    }
    Field<Object>[] fields = plan.fields;
    for (int i = 0; i < fields.length; i++) {
      Object written = fields[i].in(version) ? fields[i].written(object) : null;
      if (written == null) {
        continue;
      }
      g.writeName(plan.names[i]);
      if (plan.many[i]) {
        g.writeStartArray();
        for (Object element : (Collection<?>) written) {
          value(fields[i].type(), element);
        }
        g.writeEndArray();
      } else {
        value(fields[i].type(), written);
      }
    }
  }
}
