package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The structure of one kind of object of a record — the record itself, a meeting, a participant, a
 * session, a tally, each kind of act — as the wire format has it: its fields in order, each with
 * its name, the type of its values, whether it is required and, for references, what it refers to.
 * It is the one description of the format: the JSON reader, writer and schema, and the record's
 * reference checks, are all derived from it. Get the shapes from {@link RecordShapes#all()} and
 * {@link ActKind#shape()}.
 *
 * <p>A binding reads an object by collecting its fields' values into an array indexed by {@link
 * Field#index()} and calling {@link #construct}, which builds it through the model's builder, so
 * every invariant of the model holds; it writes an object by asking each field for {@link
 * Field#written} in order.
 *
 * @param <T> the class of the objects described
 */
public final class Shape<T> {
  private final Class<T> type;
  private final String name;
  private final String what;
  private final String description;
  private final ImmutableList<Field<T>> fields;
  private final ImmutableMap<String, Field<T>> byName;
  private final ImmutableList<Condition> conditions;
  private final Function<@Nullable Object[], T> construct;

  private Shape(Definition<T, ?> definition, Function<@Nullable Object[], T> construct) {
    this.type = definition.type;
    this.name = definition.name;
    this.what = definition.what;
    this.description = definition.description;
    this.fields = ImmutableList.copyOf(definition.fields);
    ImmutableMap.Builder<String, Field<T>> byName = ImmutableMap.builder();
    for (Field<T> field : fields) {
      byName.put(field.name, field);
    }
    this.byName = byName.buildOrThrow();
    this.conditions = ImmutableList.copyOf(definition.conditions);
    this.construct = construct;
  }

  /** {@return the class of the objects described} */
  public Class<T> type() {
    return type;
  }

  /** {@return the name of the shape: the {@code type} of an act, such as "hostingOffer"} */
  public String name() {
    return name;
  }

  /** {@return what an object of the shape is, for messages: "a participant"} */
  public String what() {
    return what;
  }

  /** {@return what the shape is, in a sentence, for schemas and documentation} */
  public String description() {
    return description;
  }

  /** {@return the fields, in the order they are written} */
  public ImmutableList<Field<T>> fields() {
    return fields;
  }

  /** {@return the field with this name, if the shape has it} */
  public Optional<Field<T>> field(String fieldName) {
    return Optional.ofNullable(byName.get(requireNonNull(fieldName, "fieldName")));
  }

  /** {@return the field with this name, or null: for readers, which look up every field read} */
  public @Nullable Field<T> fieldOrNull(String fieldName) {
    return byName.get(requireNonNull(fieldName, "fieldName"));
  }

  /**
   * {@return the rules across fields that the model enforces when it builds an object, stated for
   * schemas; readers need not check them, since {@link #construct} does}
   */
  public ImmutableList<Condition> conditions() {
    return conditions;
  }

  /**
   * Builds an object from its fields' values, by {@link Field#index()}: null where a field is
   * absent; for a list or set field, a collection of its values.
   *
   * @throws IllegalArgumentException if the values break an invariant of the model (the message
   *     says which)
   * @throws IllegalStateException if a required value is missing
   * @throws ClassCastException if a value is not of its field's type
   */
  public T construct(@Nullable Object[] values) {
    checkArgument(
        values.length == fields.size(),
        "%s has %s fields, not %s",
        name,
        fields.size(),
        values.length);
    return construct.apply(values);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }

  /** How many values a field holds, and how it is written. */
  public enum Multiplicity {
    /** One value, always written. */
    ONE,
    /** One value or none; written when present. */
    OPTIONAL,
    /** A list of values; written when not empty. */
    LIST,
    /** A set of values, each at most once; written when not empty. */
    SET,
    /** A set of values or none; written when present, even empty. */
    OPTIONAL_SET
  }

  /**
   * A field of a shape.
   *
   * @param <T> the class of the objects it is a field of
   */
  public static final class Field<T> {
    private final String name;
    private final ValueType<?> type;
    private final Multiplicity multiplicity;
    private final boolean required;
    private final boolean nonEmpty;
    private final int index;
    private final String description;
    private final Function<T, ?> getter;
    private final @Nullable BiConsumer<Object, Object> setter;

    private Field(
        String name,
        ValueType<?> type,
        Multiplicity multiplicity,
        boolean required,
        boolean nonEmpty,
        int index,
        String description,
        Function<T, ?> getter,
        @Nullable BiConsumer<Object, Object> setter) {
      this.name = name;
      this.type = type;
      this.multiplicity = multiplicity;
      this.required = required;
      this.nonEmpty = nonEmpty;
      this.index = index;
      this.description = description;
      this.getter = getter;
      this.setter = setter;
    }

    /** {@return the field's name} */
    public String name() {
      return name;
    }

    /** {@return the type of its values} */
    public ValueType<?> type() {
      return type;
    }

    /** {@return how many values it holds} */
    public Multiplicity multiplicity() {
      return multiplicity;
    }

    /** {@return whether a reader must find it; others have a default or may be absent} */
    public boolean required() {
      return required;
    }

    /** {@return whether its list or set must hold at least one value} */
    public boolean nonEmpty() {
      return nonEmpty;
    }

    /** {@return its place among its shape's fields, from 0} */
    public int index() {
      return index;
    }

    /** {@return what it holds, in a sentence; empty where its type says it all} */
    public String description() {
      return description;
    }

    /**
     * {@return what a writer writes for this field of {@code object}: its value, or a collection of
     * its values; null when the field is left out (an absent value, an empty list)}
     */
    public @Nullable Object written(T object) {
      Object value = getter.apply(object);
      return switch (multiplicity) {
        case ONE -> value;
        case OPTIONAL, OPTIONAL_SET -> ((Optional<?>) value).orElse(null);
        case LIST, SET -> ((Collection<?>) value).isEmpty() ? null : value;
      };
    }

    /** Returns the name. */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A rule across fields that the model enforces when it builds an object: at least one of some
   * fields, exactly one of them, or a field present exactly when another has a given code.
   */
  public static final class Condition {
    /** The kinds of condition. */
    public enum Kind {
      /** At least one of the {@link #fields()} is present. */
      ANY_OF,
      /** Exactly one of the {@link #fields()} is present. */
      ONE_OF,
      /**
       * The first of the {@link #fields()} is present exactly when {@link #when} has {@link #is}.
       */
      PRESENT_EXACTLY_WHEN,
      /** The first of the {@link #fields()} is present unless {@link #when} has {@link #is}. */
      REQUIRED_UNLESS,
      /** None of the {@link #fields()} is present: the shape has them only to say so. */
      ABSENT
    }

    private final Kind kind;
    private final ImmutableList<String> fields;
    private final String when;
    private final String is;

    private Condition(Kind kind, ImmutableList<String> fields, String when, String is) {
      this.kind = kind;
      this.fields = fields;
      this.when = when;
      this.is = is;
    }

    /** {@return the kind of condition} */
    public Kind kind() {
      return kind;
    }

    /** {@return the fields it is about} */
    public ImmutableList<String> fields() {
      return fields;
    }

    /** {@return the field whose code it depends on; empty for {@code ANY_OF} and {@code ONE_OF}} */
    public String when() {
      return when;
    }

    /** {@return the code it depends on; empty for {@code ANY_OF} and {@code ONE_OF}} */
    public String is() {
      return is;
    }

    @Override
    public String toString() {
      return kind + " " + fields + (when.isEmpty() ? "" : " " + when + "=" + is);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Definitions, for the tables of the model: RecordShapes and ActKind

  /**
   * Starts the shape of objects made by a builder: {@code builder} makes one, {@code build} ends.
   */
  static <T, B> Definition<T, B> of(
      Class<T> type,
      String name,
      String what,
      String description,
      Supplier<B> builder,
      Function<B, T> build) {
    return new Definition<>(type, name, what, description, builder, build);
  }

  /** Starts the shape of objects made by a factory from the values of their fields, in order. */
  static <T> Definition<T, @Nullable Object[]> ofValues(
      Class<T> type, String name, String what, String description, Function<Object[], T> factory) {
    return new Definition<T, @Nullable Object[]>(
        type, name, what, description, () -> new Object[0], values -> factory.apply(values));
  }

  /**
   * A shape being defined: its fields, added in the order they are written, then {@link #build()}.
   *
   * @param <T> the class of the objects described
   * @param <B> the class of their builder
   */
  static final class Definition<T, B> {
    private final Class<T> type;
    private final String name;
    private final String what;
    private final String description;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final List<Field<T>> fields = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();

    private Definition(
        Class<T> type,
        String name,
        String what,
        String description,
        Supplier<B> builder,
        Function<B, T> build) {
      this.type = type;
      this.name = name;
      this.what = what;
      this.description = description;
      this.builder = builder;
      this.build = build;
    }

    @SuppressWarnings("unchecked") // the setter is called only with values of the field's type
    private <V> Definition<T, B> add(
        String fieldName,
        ValueType<V> valueType,
        Multiplicity multiplicity,
        boolean required,
        boolean nonEmpty,
        Function<T, ?> getter,
        @Nullable BiConsumer<B, ?> setter,
        String doc) {
      fields.add(
          new Field<>(
              fieldName,
              valueType,
              multiplicity,
              required,
              nonEmpty,
              fields.size(),
              doc,
              getter,
              (BiConsumer<Object, Object>) setter));
      return this;
    }

    /** A field that must be given. */
    <V> Definition<T, B> required(
        String field, ValueType<V> type, Function<T, V> get, BiConsumer<B, V> set, String doc) {
      return add(field, type, Multiplicity.ONE, true, false, get, set, doc);
    }

    /** A field with a default: always written, and the default where it is not read. */
    <V> Definition<T, B> defaulted(
        String field, ValueType<V> type, Function<T, V> get, BiConsumer<B, V> set, String doc) {
      return add(field, type, Multiplicity.ONE, false, false, get, set, doc);
    }

    /** A field that may be absent. */
    <V> Definition<T, B> optional(
        String field,
        ValueType<V> type,
        Function<T, Optional<V>> get,
        BiConsumer<B, V> set,
        String doc) {
      return add(field, type, Multiplicity.OPTIONAL, false, false, get, set, doc);
    }

    /** A list, empty where absent. */
    <V> Definition<T, B> list(
        String field,
        ValueType<V> type,
        Function<T, ? extends List<V>> get,
        BiConsumer<B, Iterable<V>> set,
        String doc) {
      return add(field, type, Multiplicity.LIST, false, false, get, set, doc);
    }

    /** A list that must be given, with at least one value. */
    <V> Definition<T, B> nonEmptyList(
        String field,
        ValueType<V> type,
        Function<T, ? extends List<V>> get,
        BiConsumer<B, Iterable<V>> set,
        String doc) {
      return add(field, type, Multiplicity.LIST, true, true, get, set, doc);
    }

    /** A set, each value at most once; {@code required} sets must hold at least one value. */
    <V> Definition<T, B> set(
        String field,
        ValueType<V> type,
        boolean required,
        Function<T, ? extends Collection<V>> get,
        BiConsumer<B, Iterable<V>> set,
        String doc) {
      return add(field, type, Multiplicity.SET, required, required, get, set, doc);
    }

    /** A set that may be absent, which is not the same as empty. */
    <V> Definition<T, B> optionalSet(
        String field,
        ValueType<V> type,
        Function<T, ? extends Optional<? extends Collection<V>>> get,
        BiConsumer<B, Iterable<V>> set,
        String doc) {
      return add(field, type, Multiplicity.OPTIONAL_SET, false, false, get, set, doc);
    }

    /** Fields of a shape made {@link #ofValues by a factory}: no setter. */
    <V> Definition<T, B> value(String field, ValueType<V> type, Function<T, V> get, String doc) {
      return add(field, type, Multiplicity.ONE, true, false, get, null, doc);
    }

    /** At least one of {@code fields} is present. */
    Definition<T, B> anyOf(String... names) {
      conditions.add(new Condition(Condition.Kind.ANY_OF, ImmutableList.copyOf(names), "", ""));
      return this;
    }

    /** Exactly one of {@code fields} is present. */
    Definition<T, B> oneOf(String... names) {
      conditions.add(new Condition(Condition.Kind.ONE_OF, ImmutableList.copyOf(names), "", ""));
      return this;
    }

    /** {@code field} is present exactly when {@code when} has the code {@code is}. */
    Definition<T, B> presentExactlyWhen(String field, String when, String is) {
      conditions.add(
          new Condition(Condition.Kind.PRESENT_EXACTLY_WHEN, ImmutableList.of(field), when, is));
      return this;
    }

    /** {@code field} is present unless {@code when} has the code {@code is}. */
    Definition<T, B> requiredUnless(String field, String when, String is) {
      conditions.add(
          new Condition(Condition.Kind.REQUIRED_UNLESS, ImmutableList.of(field), when, is));
      return this;
    }

    /** None of {@code fields} may be given, though a reader finds them. */
    Definition<T, B> absent(String... names) {
      conditions.add(new Condition(Condition.Kind.ABSENT, ImmutableList.copyOf(names), "", ""));
      return this;
    }

    /** {@return the shape defined} */
    Shape<T> build() {
      List<Field<T>> defined = List.copyOf(fields);
      boolean byFactory = defined.stream().anyMatch(f -> f.setter == null);
      if (byFactory) {
        @SuppressWarnings("unchecked") // ofValues made B an array of the values
        Function<Object[], T> factory = (Function<Object[], T>) (Function<?, T>) build;
        return new Shape<>(this, values -> factory.apply(values));
      }
      return new Shape<>(
          this,
          values -> {
            B b = builder.get();
            for (int i = 0; i < values.length; i++) {
              Object value = values[i];
              if (value != null) {
                requireNonNull(defined.get(i).setter).accept(b, value);
              }
            }
            return build.apply(b);
          });
    }
  }
}
