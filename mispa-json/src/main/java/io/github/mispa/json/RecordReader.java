package io.github.mispa.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.internal.Checks;
import io.github.mispa.internal.IdTable;
import io.github.mispa.json.MispaJsonException.Kind;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.InvalidRecordException;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordProblem;
import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Shape.Field;
import io.github.mispa.procedure.ValueType;
import io.github.mispa.procedure.ValueType.Target;
import io.github.mispa.procedure.VersionedReading;
import java.io.CharConversionException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads the wire format from a stream of tokens straight into the model's builders, with no tree in
 * between, as the model's {@link Shape shapes} describe it, and turns every failure into a {@link
 * MispaJsonException} that points at its place.
 *
 * <p>Each reading method starts on the first token of its value (as Jackson's deserializers do) and
 * ends on its last. Places are taken from the parser's own context, so that pointers are right
 * however the record is embedded in a larger document; they are computed only when something fails.
 */
final class RecordReader {
  /**
   * The bits, in a set of fields read, of the two fields that are not the model's: a shape has at
   * most 62.
   */
  private static final long VERSION = 1L << 63;

  private static final long TYPE = 1L << 62;

  private final JsonParser p;
  private final String base;
  private final JsonParser locator;
  private final boolean ignoreUnknownFields;
  private final VersionedReading<MispaJsonException> versions;

  /** The participants and persons named so far: each one string, made and checked once. */
  private final IdTable ids;

  private RecordReader(
      JsonParser p,
      String base,
      JsonParser locator,
      boolean ignoreUnknownFields,
      VersionedReading<MispaJsonException> versions,
      IdTable ids) {
    this.p = p;
    this.base = base;
    this.locator = locator;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.versions = versions;
    this.ids = ids;
  }

  /**
   * Reads a whole document: one record and nothing after it. The parser must not have read any
   * token yet.
   */
  static MeetingRecord readDocument(JsonParser p, boolean ignoreUnknownFields) {
    RecordReader reader =
        new RecordReader(p, "", p, ignoreUnknownFields, VersionedReading.unknown(), new IdTable());
    return reader.guard(
        r -> {
          if (p.nextToken() == null) {
            throw r.fail(
                Kind.MALFORMED_JSON, "expected a meeting record (an object), found no content");
          }
          MeetingRecord record = r.record();
          r.end();
          return record;
        });
  }

  /** Reads one value whose first token is the parser's current token, as a deserializer does. */
  static <T> T readValue(JsonParser p, boolean ignoreUnknownFields, ValueType<T> type) {
    return new RecordReader(
            p, "", p, ignoreUnknownFields, VersionedReading.current(), new IdTable())
        .guard(r -> type.javaType().cast(r.value(type)));
  }

  /** Reads an act of a given class: a {@code Seconding} where the caller asks for one, say. */
  static <A extends Act> A readAct(JsonParser p, boolean ignoreUnknownFields, Class<A> type) {
    return new RecordReader(
            p, "", p, ignoreUnknownFields, VersionedReading.current(), new IdTable())
        .guard(r -> r.act(type));
  }

  /** Applies {@code part} to this reader, turning the parser's failures into ours. */
  private <T> T guard(Function<RecordReader, T> part) {
    try {
      return part.apply(this);
    } catch (MispaJsonException e) {
      throw e;
    } catch (JacksonException e) {
      if (isIoFailure(e)) {
        throw e;
      }
      throw ParserFailures.translate(e, pointer(), locator);
    }
  }

  /**
   * Whether {@code e} is a failure of the input itself (a stream that cannot be read), which is the
   * caller's to handle, rather than a property of the content. Bytes that are not text in a Unicode
   * encoding are content.
   */
  static boolean isIoFailure(JacksonException e) {
    return e instanceof JacksonIOException && !(e.getCause() instanceof CharConversionException);
  }

  private void end() {
    JsonToken next;
    try {
      next = p.nextToken();
    } catch (JacksonException e) {
      if (isIoFailure(e)) {
        throw e;
      }
      throw fail(
          Kind.TRAILING_CONTENT,
          "expected the end of the input after the record, found: "
              + ParserFailures.problem(e, p.streamReadConstraints()),
          ParserFailures.where(e, locator),
          e);
    }
    if (next != null) {
      throw fail(
          Kind.TRAILING_CONTENT,
          "expected the end of the input after the record, found " + found());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Objects, as their shapes describe them

  MeetingRecord record() {
    return object(RecordShapes.record());
  }

  /** Reads a value of {@code type}. */
  Object value(ValueType<?> type) {
    return switch (type.kind()) {
      case TEXT -> string();
      case ID, REFERENCE ->
          id(type.target() == Target.PARTICIPANT || type.target() == Target.PERSON);
      case CODE -> code(type);
      case BOOLEAN -> bool();
      case INTEGER -> integer(type.min(), type.max(), type.what());
      case EDITION -> Edition.of(integer(1, Edition.MAX, type.what()));
      case DATE -> date();
      case DATE_TIME -> dateTime();
      case SYMBOL -> symbol();
      case OBJECT -> object(type.shape());
      case ACT -> act();
    };
  }

  /** Reads an object of {@code shape}, whose fields may come in any order. */
  <T> T object(Shape<T> shape) {
    expect(JsonToken.START_OBJECT, shape.what(), " (an object)");
    return fields(shape, p.nextName(), 0, false);
  }

  /**
   * Reads the fields of an object of {@code shape} from the field {@code first} on, and builds the
   * object. {@code seen} holds the fields already read ({@link #TYPE} where an act's type came
   * first); {@code type} says whether the object is an act, whose type may be read among them.
   */
  private <T> T fields(Shape<T> shape, @Nullable String first, long seen, boolean type) {
    List<Field<T>> fields = shape.fields();
    @Nullable Object[] values = new Object[fields.size()];
    for (String name = first; name != null; name = p.nextName()) {
      Field<T> field = shape.fieldOrNull(name);
      // Once the version is known, as it is after a record's first field, no failure is made ready.
      int version = versions.version();
      if (field != null
          && !(version != 0
              ? field.in(version)
              : versions.has(field, ignoreUnknownFields ? null : () -> notInVersion(shape)))) {
        unknown(shape, name);
        continue;
      }
      long bit;
      if (field != null) {
        bit = 1L << field.index();
      } else if (name.equals("formatVersion") && shape == RecordShapes.record()) {
        // The record holds the format version beside the model's fields.
        bit = VERSION;
      } else if (name.equals("type") && type) {
        bit = TYPE;
      } else {
        unknown(shape, name);
        continue;
      }
      if ((seen & bit) != 0) {
        throw fail(Kind.DUPLICATE_FIELD, "field " + Wire.quote(name) + " appears twice");
      }
      seen |= bit;
      next();
      if (field != null) {
        values[field.index()] = read(field);
      } else if (bit == VERSION) {
        formatVersion();
      } else {
        // Only where the type did not come first: it was read already, and is the same.
        string();
      }
    }
    if (shape == RecordShapes.record() && (seen & VERSION) == 0) {
      throw fail(Kind.MISSING_FIELD, "missing required field \"formatVersion\" in " + shape.what());
    }
    Field<T> missing = shape.missing(seen, versions.version());
    if (missing != null) {
      throw fail(
          Kind.MISSING_FIELD,
          "missing required field \"" + missing.name() + "\" in " + shape.what());
    }
    if (versions.version() == 0) {
      // The version is read later: what an earlier version requires and this object lacks (a
      // presentation's title) is a failure here should the document turn out to be of that version.
      for (int v = RecordShapes.OLDEST_VERSION; v < RecordShapes.FORMAT_VERSION; v++) {
        Field<T> missingIn = shape.missing(seen, v);
        if (missingIn != null) {
          String message = "missing required field \"" + missingIn.name() + "\" in " + shape.what();
          versions.has(v + 1, Integer.MAX_VALUE, () -> fail(Kind.MISSING_FIELD, message));
        }
      }
    }
    return construct(shape, values);
  }

  private <T> T construct(Shape<T> shape, @Nullable Object[] values) {
    try {
      return shape.construct(values);
    } catch (InvalidRecordException e) {
      // The record's problems have pointers relative to the record: make them point into the input.
      ImmutableList.Builder<RecordProblem> problems = ImmutableList.builder();
      String pointer = pointer();
      for (RecordProblem problem : e.problems()) {
        String path = RecordShapes.pathIn(problem.path(), versions.version());
        problems.add(RecordProblem.of(pointer + path, problem.message()));
      }
      throw MispaJsonException.invalidRecord(problems.build(), e);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  /** Reads the value of {@code field}: one value, or an array of them. */
  private Object read(Field<?> field) {
    ValueType<?> type = field.type();
    switch (field.multiplicity()) {
      case ONE, OPTIONAL -> {
        return value(type);
      }
      case LIST -> {
        expect(JsonToken.START_ARRAY, "an array of ", field.name());
        ImmutableList.Builder<Object> list = ImmutableList.builder();
        while (next() != JsonToken.END_ARRAY) {
          list.add(value(type));
        }
        return list.build();
      }
      default -> {
        expect(JsonToken.START_ARRAY, "an array of ", field.name());
        ImmutableSet.Builder<Object> set = ImmutableSet.builder();
        Set<Object> seen = new HashSet<>();
        while (next() != JsonToken.END_ARRAY) {
          Object value = value(type);
          if (!seen.add(value)) {
            throw invalid(
                Wire.quote(
                        type.kind() == ValueType.Kind.CODE ? type.codeOf(value) : value.toString())
                    + " is listed twice in "
                    + field.name());
          }
          set.add(value);
        }
        return set.build();
      }
    }
  }

  private void formatVersion() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("the format version, an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < RecordShapes.OLDEST_VERSION
        || p.getIntValue() > RecordShapes.FORMAT_VERSION) {
      throw fail(
          Kind.UNSUPPORTED_VERSION,
          "format version "
              + Wire.cut(p.getString())
              + " is not supported: this library reads versions "
              + RecordShapes.OLDEST_VERSION
              + " to "
              + RecordShapes.FORMAT_VERSION);
    }
    MispaJsonException conflict = versions.version(p.getIntValue());
    if (conflict != null) {
      // What was read before the version and is not in it.
      throw conflict;
    }
  }

  /** Reads an act, of the kind its {@code type} says. */
  Act act() {
    expect(JsonToken.START_OBJECT, "an act (an object with a \"type\")", "");
    String first = p.nextName();
    if (first == null) {
      throw fail(Kind.MISSING_FIELD, "missing required field \"type\" in an act");
    }
    if (!first.equals("type")) {
      return bufferedAct();
    }
    next();
    return fields(actType().shape(), p.nextName(), TYPE, true);
  }

  /** Reads an act of a given class: a {@code Seconding} where the caller asks for one, say. */
  <A extends Act> A act(Class<A> type) {
    Act act = act();
    if (!type.isInstance(act)) {
      throw fail(
          Kind.WRONG_TYPE,
          "expected an act of class "
              + type.getSimpleName()
              + ", found an act of type "
              + Wire.quote(act.kind().logicalName()));
    }
    return type.cast(act);
  }

  /**
   * Reads an act whose {@code type} is not its first field. The writer always puts it first, so
   * this is the rare path: the act is buffered, its type found, then the buffer is read as if the
   * type had come first, with pointers made relative to the act's place.
   */
  private Act bufferedAct() {
    TokenStreamContext act = p.streamReadContext();
    TokenStreamContext parent = act.getParent();
    String actPointer = base + (parent == null ? "" : parent.pathAsPointer().toString());
    // A buffer of its own, not forBuffering(p): that would carry the parser's (changing) context
    // into the replay, and the pointers are made from actPointer instead.
    TokenBuffer buffer = new TokenBuffer(ObjectWriteContext.empty(), false);
    buffer.writeStartObject();
    do {
      buffer.copyCurrentStructure(p);
    } while (next() == JsonToken.PROPERTY_NAME);
    buffer.writeEndObject();

    ActKind kind = null;
    try (JsonParser scan = buffer.asParser(p.objectReadContext())) {
      scan.nextToken();
      for (String name = scan.nextName(); name != null; name = scan.nextName()) {
        scan.nextToken();
        if (name.equals("type")) {
          kind =
              new RecordReader(scan, actPointer, locator, ignoreUnknownFields, versions, ids)
                  .actType();
          break;
        }
        scan.skipChildren();
      }
    }
    if (kind == null) {
      throw fail(Kind.MISSING_FIELD, "missing required field \"type\" in an act");
    }
    try (JsonParser replay = buffer.asParser(p.objectReadContext())) {
      replay.nextToken();
      return new RecordReader(replay, actPointer, locator, ignoreUnknownFields, versions, ids)
          .fields(kind.shape(), replay.nextName(), 0, true);
    }
  }

  private ActKind actType() {
    String type = string();
    ActKind kind = ActKind.fromLogicalName(type).orElse(null);
    if (kind == null) {
      throw fail(
          Kind.UNKNOWN_TYPE,
          "expected the type of an act, "
              + RecordShapes.code(ActKind.class).what()
              + "; found "
              + Wire.quote(type));
    }
    return kind;
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return p.getString();
  }

  String id(boolean shared) {
    if (shared && p.currentToken() == JsonToken.VALUE_STRING) {
      // Found by its characters, before a string is made: a known id was checked when first read.
      String known = ids.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (known != null) {
        return known;
      }
    }
    String id = string();
    // Checked here as well as by the builder, so that a bad id is reported at its own field
    // rather than at the object holding it.
    if (!Checks.isId(id)) {
      throw invalid(
          "expected an id (a letter or digit, then letters, digits, '.', '_' or '-', at most 64"
              + " characters), found "
              + Wire.quote(id));
    }
    return shared ? ids.add(id) : id;
  }

  private boolean bool() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("a boolean");
  }

  private int integer(int min, int max, String what) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(what);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < min
        || p.getIntValue() > max) {
      throw invalid("expected " + what + ", found " + Wire.cut(p.getString()));
    }
    return p.getIntValue();
  }

  private Object code(ValueType<?> type) {
    String name = string();
    Object value = type.codes().get(name);
    if (value == null) {
      throw invalid("expected " + type.what() + ", found " + Wire.quote(name));
    }
    int since = type.sinceOf(value);
    // Most codes are in every version; the message is built only for one that is not.
    if (since > RecordShapes.OLDEST_VERSION
        && !versions.has(since, Integer.MAX_VALUE, () -> invalid(laterCode(name, since)))) {
      throw invalid(laterCode(name, since) + ", and this record is version " + versions.version());
    }
    return value;
  }

  private static String laterCode(String name, int since) {
    return Wire.quote(name) + " is a code of format version " + since + " on";
  }

  DocumentSymbol symbol() {
    String text = string();
    try {
      return DocumentSymbol.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid("expected an OAS document symbol: " + Wire.cut(String.valueOf(e.getMessage())));
    }
  }

  LocalDate date() {
    String text = string();
    LocalDate date = ValueType.parseDate(text);
    if (date == null) {
      throw invalid("expected a date as yyyy-mm-dd (ISO 8601), found " + Wire.quote(text));
    }
    return date;
  }

  private LocalDateTime dateTime() {
    String text = string();
    LocalDateTime dateTime = ValueType.parseDateTime(text);
    if (dateTime == null) {
      throw invalid(
          "expected a local date and time as yyyy-mm-ddThh:mm:ss (ISO 8601), found "
              + Wire.quote(text));
    }
    return dateTime;
  }

  // ---------------------------------------------------------------------------------------------
  // Structure and failures

  private JsonToken next() {
    JsonToken token = p.nextToken();
    if (token == null) {
      throw fail(Kind.MALFORMED_JSON, "unexpected end of input");
    }
    return token;
  }

  /** Fails unless the current token is {@code token}; the message is put together only then. */
  private void expect(JsonToken token, String what, String more) {
    if (p.currentToken() != token) {
      throw wrongType(what + more);
    }
  }

  private MispaJsonException notInVersion(Shape<?> shape) {
    String name = String.valueOf(p.currentName());
    return fail(Kind.UNKNOWN_FIELD, shape.unknownField(name, Wire.quote(name), 0));
  }

  /** An unknown field: a failure, or skipped when unknown fields are ignored. */
  private void unknown(Shape<?> shape, String name) {
    if (!ignoreUnknownFields) {
      throw fail(
          Kind.UNKNOWN_FIELD, shape.unknownField(name, Wire.quote(name), versions.version()));
    }
    next();
    p.skipChildren();
  }

  private String found() {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or an exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "\"" + token + "\"";
    };
  }

  private MispaJsonException wrongType(String expected) {
    return fail(
        Kind.WRONG_TYPE,
        "expected "
            + expected
            + ", found "
            + found()
            + (p.currentToken() == JsonToken.VALUE_NULL
                ? " (omit a field that has no value)"
                : ""));
  }

  private MispaJsonException invalid(String problem) {
    return fail(Kind.INVALID_VALUE, problem);
  }

  /** A builder's failure, pointed at the object it was building. */
  private MispaJsonException invalid(RuntimeException e) {
    return fail(
        Kind.INVALID_VALUE,
        Wire.cut(String.valueOf(e.getMessage())),
        locator.currentTokenLocation(),
        e);
  }

  private MispaJsonException fail(Kind kind, String problem) {
    return fail(kind, problem, locator.currentTokenLocation(), null);
  }

  private MispaJsonException fail(
      Kind kind,
      String problem,
      @Nullable TokenStreamLocation location,
      @Nullable Throwable cause) {
    return MispaJsonException.of(kind, pointer(), problem, location, cause);
  }

  /** {@return the place of the current token, as a JSON Pointer into the input} */
  private String pointer() {
    return base + p.streamReadContext().pathAsPointer().toString();
  }
}
