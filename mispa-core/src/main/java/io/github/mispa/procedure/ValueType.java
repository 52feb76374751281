package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
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
    this.pattern = pattern;
    this.names =
        codes.entrySet().stream()
            .collect(ImmutableMap.toImmutableMap(Map.Entry::getValue, Map.Entry::getKey));
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

  /** {@return what a {@link Kind#REFERENCE} refers to; null for other kinds} */
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

  /** Returns what a value is. */
  @Override
  public String toString() {
    return what;
  }
}
