package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The type of a field's values in a record's structure: text, an id, a reference to something the
 * record defines, a code, a number, a date, a document symbol, a nested object, an act. Bindings
 * (the JSON reader, writer and schema) switch on {@link #kind()} and need nothing else to read,
 * write or describe a value.
 *
 * @param <V> the Java type of one value
 */
public final class ValueType<V> {
  /** The kinds of value. */
  public enum Kind {
    /** Free text, a {@link String}. */
    TEXT,
    /** An id that names the object it is in, a {@link String} of the form of {@link #pattern()}. */
    ID,
    /** The id of something the record defines elsewhere, a {@link String}: see {@link #target}. */
    REFERENCE,
    /** One of an enum's constants, written as its code: see {@link #codes()}. */
    CODE,
    /** A {@link Boolean}. */
    BOOLEAN,
    /** An {@link Integer} from {@link #min()} to {@link #max()}. */
    INTEGER,
    /** An {@link Edition}, written as its number, from 1 to {@link Edition#MAX}. */
    EDITION,
    /** A {@link LocalDate}, written {@code yyyy-mm-dd}. */
    DATE,
    /** A {@link LocalDateTime}, written {@code yyyy-mm-ddThh:mm:ss}. */
    DATE_TIME,
    /** A {@link DocumentSymbol}, written in its canonical form and read in any form it parses. */
    SYMBOL,
    /** An object of the {@link #shape()}. */
    OBJECT,
    /** An {@link Act} of any kind, whose kind is named by its {@code type}. */
    ACT
  }

  /** What a reference refers to. */
  public enum Target {
    /** A participant of the record. */
    PARTICIPANT,
    /** A person of the record. */
    PERSON,
    /** A document of the record. */
    DOCUMENT,
    /** An earlier act of the record, of one of the {@link #actKinds()}. */
    ACT
  }

  /** The form of an id, as a regular expression: the model checks it with {@code Checks.isId}. */
  private static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

  static final ValueType<String> TEXT = text("\\S", "a string");
  static final ValueType<String> URL =
      text("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$", "an http or https address");
  static final ValueType<String> SERIES_CODE = text("^[A-Z][A-Z0-9]{0,15}$", "a series code");
  static final ValueType<String> ITEM_NUMBER =
      text("^[1-9][0-9]{0,5}(\\.[a-z]{1,3})?$", "an agenda item number");
  static final ValueType<String> ID =
      new ValueType<>(
          Kind.ID,
          String.class,
          "an id",
          null,
          ImmutableSet::of,
          null,
          0,
          0,
          ImmutableMap.of(),
          ID_PATTERN);

  /**
   * The id of a participant or a person, which references name: an {@link #ID} whose {@link
   * #target()} says what it identifies, so that a reader can keep one string for the id and every
   * reference to it.
   */
  static final ValueType<String> PARTICIPANT_ID = idOf(Target.PARTICIPANT);

  static final ValueType<String> PERSON_ID = idOf(Target.PERSON);
  static final ValueType<Boolean> BOOLEAN =
      new ValueType<>(Kind.BOOLEAN, Boolean.class, "a boolean");
  static final ValueType<Edition> EDITION =
      new ValueType<>(
          Kind.EDITION, Edition.class, "an edition, an integer from 1 to " + Edition.MAX);
  static final ValueType<LocalDate> DATE = new ValueType<>(Kind.DATE, LocalDate.class, "a date");
  static final ValueType<LocalDateTime> DATE_TIME =
      new ValueType<>(Kind.DATE_TIME, LocalDateTime.class, "a date and time");
  static final ValueType<DocumentSymbol> SYMBOL =
      new ValueType<>(Kind.SYMBOL, DocumentSymbol.class, "an OAS document symbol");
  static final ValueType<Act> ACT =
      new ValueType<>(Kind.ACT, Act.class, "an act (an object with a \"type\")");
  static final ValueType<String> PARTICIPANT = reference(Target.PARTICIPANT, "a participant");
  static final ValueType<String> PERSON = reference(Target.PERSON, "a person");
  static final ValueType<String> DOCUMENT = reference(Target.DOCUMENT, "a document");

  private final Kind kind;
  private final Class<V> javaType;
  private final String what;
  private final @Nullable Target target;
  private final Supplier<ImmutableSet<ActKind>> actKinds;
  private final @Nullable Supplier<Shape<V>> shape;
  private final int min;
  private final int max;
  private final ImmutableMap<String, V> codes;
  private final ImmutableMap<V, String> names;
  private final ImmutableMap<V, Integer> since;
  private final String pattern;

  private ValueType(Kind kind, Class<V> javaType, String what) {
    this(kind, javaType, what, null, ImmutableSet::of, null, 0, 0, ImmutableMap.of(), "");
  }

  private ValueType(
      Kind kind,
      Class<V> javaType,
      String what,
      @Nullable Target target,
      Supplier<ImmutableSet<ActKind>> actKinds,
      @Nullable Supplier<Shape<V>> shape,
      int min,
      int max,
      ImmutableMap<String, V> codes,
      String pattern) {
    this(
        kind, javaType, what, target, actKinds, shape, min, max, codes, ImmutableMap.of(), pattern);
  }

  private ValueType(
      Kind kind,
      Class<V> javaType,
      String what,
      @Nullable Target target,
      Supplier<ImmutableSet<ActKind>> actKinds,
      @Nullable Supplier<Shape<V>> shape,
      int min,
      int max,
      ImmutableMap<String, V> codes,
      ImmutableMap<V, Integer> since,
      String pattern) {
    this.kind = kind;
    this.javaType = javaType;
    this.what = what;
    this.target = target;
    // Worked out when first asked for: the kinds of act and the shapes refer to one another.
    this.actKinds = Suppliers.memoize(actKinds::get);
    this.shape = shape == null ? null : Suppliers.memoize(shape::get);
    this.min = min;
    this.max = max;
    this.codes = codes;
    this.since = since;
    this.pattern = pattern;
    this.names =
        codes.entrySet().stream()
            .collect(ImmutableMap.toImmutableMap(Map.Entry::getValue, Map.Entry::getKey));
  }

  private static ValueType<String> idOf(Target target) {
    return new ValueType<>(
        Kind.ID,
        String.class,
        "an id",
        target,
        ImmutableSet::of,
        null,
        0,
        0,
        ImmutableMap.of(),
        ID_PATTERN);
  }

  private static ValueType<String> reference(Target target, String what) {
    return new ValueType<>(
        Kind.REFERENCE,
        String.class,
        what,
        target,
        ImmutableSet::of,
        null,
        0,
        0,
        ImmutableMap.of(),
        "");
  }

  /**
   * A reference to an earlier act of a kind whose class is one of {@code types}, such as {@link
   * Motion}, described as {@code what}. The kinds are worked out when first asked for, after every
   * kind of act is defined.
   */
  static ValueType<String> actOf(String what, Class<?>... types) {
    return new ValueType<>(
        Kind.REFERENCE,
        String.class,
        what,
        Target.ACT,
        () -> kindsOf(types),
        null,
        0,
        0,
        ImmutableMap.of(),
        "");
  }

  private static ImmutableSet<ActKind> kindsOf(Class<?>... types) {
    EnumSet<ActKind> kinds = EnumSet.noneOf(ActKind.class);
    for (ActKind kind : ActKind.values()) {
      for (Class<?> type : types) {
        if (type.isAssignableFrom(kind.type())) {
          kinds.add(kind);
        }
      }
    }
    return Sets.immutableEnumSet(kinds);
  }

  /** Text of the form {@code pattern} (a regular expression), described as {@code what}. */
  static ValueType<String> text(String pattern, String what) {
    return new ValueType<>(
        Kind.TEXT,
        String.class,
        what,
        null,
        ImmutableSet::of,
        null,
        0,
        0,
        ImmutableMap.of(),
        pattern);
  }

  /** An integer from {@code min} to {@code max}, described as {@code what} in messages. */
  static ValueType<Integer> integer(int min, int max, String what) {
    return new ValueType<>(
        Kind.INTEGER,
        Integer.class,
        what,
        null,
        ImmutableSet::of,
        null,
        min,
        max,
        ImmutableMap.of(),
        "");
  }

  /** The constants of {@code type}, named in lowerCamelCase: {@code NO_OBJECTION} "noObjection". */
  static <E extends Enum<E>> ValueType<E> camel(Class<E> type) {
    return code(type, c -> lowerCamel(c.name()), null);
  }

  /**
   * The constants of {@code type}, named in lowerCamelCase, those in {@code since} from the format
   * version they map to on (the others from the first).
   */
  static <E extends Enum<E>> ValueType<E> camel(Class<E> type, Map<E, Integer> since) {
    ValueType<E> codes = camel(type);
    return new ValueType<>(
        Kind.CODE,
        type,
        codes.what,
        null,
        ImmutableSet::of,
        null,
        0,
        0,
        codes.codes,
        ImmutableMap.copyOf(since),
        "");
  }

  /**
   * The constants of {@code type}, named by a code of their own; {@code what} describes the codes
   * in messages, or is null to list them.
   */
  static <E extends Enum<E>> ValueType<E> code(
      Class<E> type, Function<E, String> code, @Nullable String what) {
    Map<String, E> codes = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      codes.put(code.apply(constant), constant);
    }
    String described =
        what != null
            ? what
            : "one of "
                + codes.keySet().stream()
                    .map(c -> "\"" + c + "\"")
                    .collect(Collectors.joining(", "));
    return new ValueType<>(
        Kind.CODE,
        type,
        described,
        null,
        ImmutableSet::of,
        null,
        0,
        0,
        ImmutableMap.copyOf(codes),
        "");
  }

  /** An object of the shape {@code shape} supplies, asked for when first needed. */
  static <T> ValueType<T> object(Class<T> type, String what, Supplier<Shape<T>> shape) {
    return new ValueType<>(
        Kind.OBJECT, type, what, null, ImmutableSet::of, shape, 0, 0, ImmutableMap.of(), "");
  }

  /** {@return {@code NO_OBJECTION} as {@code noObjection}} */
  static String lowerCamel(String constant) {
    StringBuilder out = new StringBuilder(constant.length());
    boolean upper = false;
    for (int i = 0; i < constant.length(); i++) {
      char c = constant.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    return out.toString();
  }

  /** {@return the form of every id, as a regular expression} */
  public static String idPattern() {
    return ID_PATTERN;
  }

  /** {@return the kind of value} */
  public Kind kind() {
    return kind;
  }

  /** {@return the Java class of one value} */
  public Class<V> javaType() {
    return javaType;
  }

  /**
   * {@return what a value is, for messages: "an edition, an integer from 1 to 3999"; for a
   * reference, what it refers to: "a participant"}
   */
  public String what() {
    return what;
  }

  /**
   * {@return what a {@link Kind#REFERENCE} refers to, or what an {@link Kind#ID} identifies where
   * references name it (a participant's or a person's id); null otherwise}
   */
  public @Nullable Target target() {
    return target;
  }

  /** {@return the kinds of act a reference to an act may name; empty for other references} */
  public ImmutableSet<ActKind> actKinds() {
    return actKinds.get();
  }

  /** {@return the shape of an {@link Kind#OBJECT}} */
  public Shape<V> shape() {
    return requireNonNull(shape, "not an object").get();
  }

  /** {@return the smallest {@link Kind#INTEGER} allowed} */
  public int min() {
    return min;
  }

  /** {@return the largest {@link Kind#INTEGER} allowed} */
  public int max() {
    return max;
  }

  /**
   * {@return the form of a {@link Kind#TEXT} or {@link Kind#ID}, as a regular expression for
   * schemas; empty where any text is allowed. The model checks the form when it builds a value}
   */
  public String pattern() {
    return pattern;
  }

  /** {@return the constants of a {@link Kind#CODE}, by code, in declaration order} */
  public ImmutableMap<String, V> codes() {
    return codes;
  }

  /** {@return the code of {@code constant}} */
  public String code(V constant) {
    return requireNonNull(names.get(requireNonNull(constant, "constant")), "not a constant");
  }

  /** {@return the first format version that has the code of {@code constant}} */
  public int since(V constant) {
    return since.getOrDefault(requireNonNull(constant, "constant"), RecordShapes.OLDEST_VERSION);
  }

  /**
   * {@return the first format version that has the code of {@code constant}, a value of this type
   * got as an object: from a collection of values, say}
   */
  public int sinceOf(Object constant) {
    return since(javaType.cast(constant));
  }

  /** {@return the code of {@code constant}, a value of this type got as an object} */
  public String codeOf(Object constant) {
    return code(javaType.cast(constant));
  }

  /** {@return the constants of a {@link Kind#CODE} that format version {@code version} has} */
  public ImmutableMap<String, V> codes(int version) {
    return codes.entrySet().stream()
        .filter(e -> since(e.getValue()) <= version)
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * {@return the date {@code text} writes as {@code yyyy-mm-dd}, as the format has it (not {@code
   * +99999-11-20}, which {@code LocalDate.parse} reads); null if it is not one, or names a day that
   * does not exist}
   */
  public static @Nullable LocalDate parseDate(String text) {
    if (text.length() == 10 && isPlainDate(text, 0)) {
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
      } catch (DateTimeException e) {
        // A day that does not exist, such as 2015-02-30.
      }
    }
    return null;
  }

  /**
   * {@return the local date and time {@code text} writes as {@code yyyy-mm-ddThh:mm:ss}, or {@code
   * yyyy-mm-ddThh:mm}, or with a fraction of a second of one to nine digits, and only those; null
   * if it is not one, or names a time that does not exist}
   */
  public static @Nullable LocalDateTime parseDateTime(String text) {
    try {
      if (text.length() == 19
          && isPlainDate(text, 0)
          && text.charAt(10) == 'T'
          && isPlainTime(text, 11)) {
        return LocalDateTime.of(
            digits(text, 0, 4),
            digits(text, 5, 2),
            digits(text, 8, 2),
            digits(text, 11, 2),
            digits(text, 14, 2),
            digits(text, 17, 2));
      }
      if (isLocalDateTime(text)) {
        return LocalDateTime.parse(text);
      }
    } catch (DateTimeException e) {
      // A date or time that does not exist, such as 2015-11-18T25:00.
    }
    return null;
  }

  /** Whether {@code text} is yyyy-mm-ddThh:mm, optionally with :ss and then .f (1 to 9 digits). */
  private static boolean isLocalDateTime(String text) {
    int length = text.length();
    if (length < 16
        || !isPlainDate(text, 0)
        || text.charAt(10) != 'T'
        || !allDigits(text, 11, 2)
        || text.charAt(13) != ':'
        || !allDigits(text, 14, 2)) {
      return false;
    }
    if (length == 16) {
      return true;
    }
    if (length < 19 || text.charAt(16) != ':' || !allDigits(text, 17, 2)) {
      return false;
    }
    return length == 19
        || (length >= 21
            && length <= 29
            && text.charAt(19) == '.'
            && allDigits(text, 20, length - 20));
  }

  /** Whether {@code text} has {@code dddd-dd-dd} at {@code at}. */
  private static boolean isPlainDate(String text, int at) {
    return text.length() >= at + 10
        && allDigits(text, at, 4)
        && text.charAt(at + 4) == '-'
        && allDigits(text, at + 5, 2)
        && text.charAt(at + 7) == '-'
        && allDigits(text, at + 8, 2);
  }

  /** Whether {@code text} has {@code dd:dd:dd} at {@code at}. */
  private static boolean isPlainTime(String text, int at) {
    return allDigits(text, at, 2)
        && text.charAt(at + 2) == ':'
        && allDigits(text, at + 3, 2)
        && text.charAt(at + 5) == ':'
        && allDigits(text, at + 6, 2);
  }

  private static boolean allDigits(String text, int at, int count) {
    for (int i = at; i < at + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /** Returns what a value is. */
  @Override
  public String toString() {
    return what;
  }
}
