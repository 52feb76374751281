package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
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

  /**
   * The fields by name: a hash map, never changed after construction, because a reader looks up
   * every field it reads, and a hash map compares a name's hash before the name.
   */
  private final Map<String, Field<T>> byName;

  private final ImmutableList<Condition> conditions;
  private final ImmutableList<VersionNeed<T>> needs;
  private final Function<@Nullable Object[], T> construct;

  /** The bits of the required fields of each version, by version: a reader checks every object. */
  private final long[] requiredByVersion;

  /**
   * The fields that are references, and those holding objects with references, once asked for: the
   * record's reference checks walk these for every act, not every field.
   */
  private volatile @Nullable ReferencePlan<T> references;

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
    this.byName = new HashMap<>(byName.buildOrThrow());
    this.conditions = ImmutableList.copyOf(definition.conditions);
    this.needs = ImmutableList.copyOf(definition.needs);
    this.requiredByVersion = new long[RecordShapes.FORMAT_VERSION + 1];
    for (int v = RecordShapes.OLDEST_VERSION; v <= RecordShapes.FORMAT_VERSION; v++) {
      for (Field<T> field : fields) {
        if (field.requiredIn(v)) {
          requiredByVersion[v] |= 1L << field.index();
        }
      }
    }
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
   * {@return what is wrong with a field named {@code name} in an object of this shape in a document
   * of format version {@code version} (0 while the version is not known), which does not have it:
   * the version the field is of, where the shape has it in others ("field \"titleTranslations\" of
   * a document is of format version 2 on, and this record is version 1"), else the fields expected}
   * {@code quoted} is the name as a binding quotes it in messages.
   */
  public String unknownField(String name, String quoted, int version) {
    requireNonNull(quoted, "quoted");
    Field<T> other = byName.get(requireNonNull(name, "name"));
    if (other != null) {
      String versions =
          other.until == Integer.MAX_VALUE
              ? " " + other.since + " on"
              : other.since == other.until
                  ? " " + other.since
                  : "s " + other.since + " to " + other.until;
      return "field "
          + quoted
          + " of "
          + what
          + " is of format version"
          + versions
          + (version == 0 ? ", not of this record's" : ", and this record is version " + version);
    }
    StringBuilder expected = new StringBuilder();
    for (Field<T> field : fields(Math.max(version, RecordShapes.OLDEST_VERSION))) {
      expected.append(expected.length() == 0 ? "" : ", ").append(field.name);
    }
    return "unknown field " + quoted + " in " + what + "; expected " + expected;
  }

  /**
   * {@return the rules across fields that the model enforces when it builds an object, stated for
   * schemas; readers need not check them, since {@link #construct} does}
   */
  public ImmutableList<Condition> conditions() {
    return conditions;
  }

  /** {@return the fields of format version {@code version}, in the order they are written} */
  public ImmutableList<Field<T>> fields(int version) {
    return fields.stream().filter(f -> f.in(version)).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the first required field of format version {@code version} that is not among the
   * fields read, {@code seen} (bit {@link Field#index()} set for each), or null if none is missing.
   * A version of 0 stands for one not yet known: a field is then missing only if every version
   * misses one, and the current version's is named}
   */
  public @Nullable Field<T> missing(long seen, int version) {
    if (version != 0) {
      return missingIn(seen, version);
    }
    for (int v = RecordShapes.OLDEST_VERSION; v <= RecordShapes.FORMAT_VERSION; v++) {
      if (missingIn(seen, v) == null) {
        return null;
      }
    }
    return missingIn(seen, RecordShapes.FORMAT_VERSION);
  }

  private @Nullable Field<T> missingIn(long seen, int version) {
    if (version >= RecordShapes.OLDEST_VERSION && version <= RecordShapes.FORMAT_VERSION) {
      long required = requiredByVersion[version];
      if ((seen & required) == required) {
        return null;
      }
    }
    for (Field<T> field : fields) {
      if (field.requiredIn(version) && (seen & (1L << field.index())) == 0) {
        return field;
      }
    }
    return null;
  }

  /**
   * {@return what of {@code object} format version {@code version} cannot carry, not looking into
   * the objects it holds: a field or a code introduced later, or what the shape says needs a later
   * version (a person with several positions); empty if the version can write the object}
   */
  public Optional<String> whatNeedsLaterVersion(T object, int version) {
    for (Field<T> field : fields) {
      if (field.since > version && !field.restates) {
        Object written = field.written(object);
        if (written != null) {
          return Optional.of("field \"" + field.name + "\" (format version " + field.since + ")");
        }
      }
      if (field.requiredIn(version) && !field.required && field.written(object) == null) {
        return Optional.of(
            "no field \""
                + field.name
                + "\" (optional from format version "
                + (field.requiredThrough + 1)
                + ")");
      }
      if (field.in(version) && field.type.kind() == ValueType.Kind.CODE) {
        Object written = field.written(object);
        Iterable<?> values = written instanceof Iterable<?> many ? many : List.of();
        if (written != null && !(written instanceof Iterable<?>)) {
          values = List.of(written);
        }
        for (Object value : values) {
          int since = field.type.sinceOf(value);
          if (since > version) {
            return Optional.of(
                "the code \""
                    + field.type.codeOf(value)
                    + "\" of field \""
                    + field.name
                    + "\" (format version "
                    + since
                    + ")");
          }
        }
      }
    }
    for (VersionNeed<T> need : needs) {
      if (need.version > version && need.uses.test(object)) {
        return Optional.of(need.what + " (format version " + need.version + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * Checks that format version {@code version} can carry {@code object}, not looking into the
   * objects it holds.
   *
   * @throws IllegalArgumentException if it cannot, saying what it cannot carry
   */
  public void checkWritable(T object, int version) {
    Optional<String> needs = whatNeedsLaterVersion(object, version);
    if (needs.isPresent()) {
      throw new IllegalArgumentException(
          "format version " + version + " cannot carry " + what + " with " + needs.get());
    }
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

  /** {@return the fields that are references, and those that hold objects with references} */
  ReferencePlan<T> references() {
    ReferencePlan<T> plan = references;
    if (plan == null) {
      // Worked out on first use, not when built: the shapes of nested objects are made lazily.
      plan = new ReferencePlan<>(this);
      references = plan;
    }
    return plan;
  }

  /**
   * A shape's fields that matter to the reference checks: its references, and its fields of objects
   * whose shapes have references (a decision's tally, for its ballots), in order. Immutable, so
   * that threads that race to make one make equal ones.
   */
  static final class ReferencePlan<T> {
    final ImmutableList<Field<T>> references;
    final ImmutableList<Field<T>> holders;

    /**
     * Each holder's name and a slash, the start of its references' paths: made once, not per act.
     */
    final ImmutableList<String> holderPrefixes;

    private ReferencePlan(Shape<T> shape) {
      ImmutableList.Builder<Field<T>> references = ImmutableList.builder();
      ImmutableList.Builder<Field<T>> holders = ImmutableList.builder();
      for (Field<T> field : shape.fields) {
        if (field.type.kind() == ValueType.Kind.REFERENCE) {
          references.add(field);
        } else if (field.type.kind() == ValueType.Kind.OBJECT
            && hasReferences(field.type.shape(), new HashSet<>())) {
          holders.add(field);
        }
      }
      this.references = references.build();
      this.holders = holders.build();
      this.holderPrefixes =
          this.holders.stream().map(field -> field.name() + "/").collect(toImmutableList());
    }

    /**
     * Whether objects of {@code shape}, or objects they hold, have references; {@code seen} holds
     * the shapes already looked into, should shapes ever hold each other.
     */
    private static boolean hasReferences(Shape<?> shape, Set<Shape<?>> seen) {
      if (!seen.add(shape)) {
        return false;
      }
      for (Field<?> field : shape.fields) {
        ValueType.Kind kind = field.type.kind();
        if (kind == ValueType.Kind.REFERENCE
            || (kind == ValueType.Kind.OBJECT && hasReferences(field.type.shape(), seen))) {
          return true;
        }
      }
      return false;
    }
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
    private final int since;
    private final int until;
    private final int requiredThrough;
    private final boolean restates;
    private final ImmutableMap<String, String> restated;

    private Field(
        String name,
        ValueType<?> type,
        Multiplicity multiplicity,
        boolean required,
        boolean nonEmpty,
        int index,
        String description,
        Function<T, ?> getter,
        @Nullable BiConsumer<Object, Object> setter,
        int since,
        int until,
        int requiredThrough,
        boolean restates,
        ImmutableMap<String, String> restated) {
      this.name = name;
      this.type = type;
      this.multiplicity = multiplicity;
      this.required = required;
      this.nonEmpty = nonEmpty;
      this.index = index;
      this.description = description;
      this.getter = getter;
      this.setter = setter;
      this.since = since;
      this.until = until;
      this.requiredThrough = requiredThrough;
      this.restates = restates;
      this.restated = restated;
    }

    private Field<T> versions(
        int since, int until, boolean restates, ImmutableMap<String, String> restated) {
      return copy(since, until, requiredThrough, restates, restated);
    }

    private Field<T> requiredThrough(int version) {
      return copy(since, until, version, restates, restated);
    }

    private Field<T> copy(
        int since,
        int until,
        int requiredThrough,
        boolean restates,
        ImmutableMap<String, String> restated) {
      return new Field<>(
          name,
          type,
          multiplicity,
          required,
          nonEmpty,
          index,
          description,
          getter,
          setter,
          since,
          until,
          requiredThrough,
          restates,
          restated);
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

    /**
     * {@return whether a reader of the current version must find it; others have a default or may
     * be absent}
     */
    public boolean required() {
      return required;
    }

    /**
     * {@return whether a reader of format version {@code version} must find it: a field may be
     * required in early versions and optional from a later one on (a presentation's {@code title},
     * optional from version 2)}
     */
    public boolean requiredIn(int version) {
      return in(version) && (required || version <= requiredThrough);
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

    /** {@return the first format version that has the field} */
    public int since() {
      return since;
    }

    /** {@return the last format version that has the field; {@code Integer.MAX_VALUE} if any} */
    public int until() {
      return until;
    }

    /** {@return whether format version {@code version} has the field} */
    public boolean in(int version) {
      return version >= since && version <= until;
    }

    /**
     * {@return whether the field says in its version what fields of earlier versions said (a
     * person's positions, which were a position and a participant): a writer of an earlier version
     * writes those instead, and the shape says what they cannot carry}
     */
    public boolean restatesEarlierFields() {
      return restates;
    }

    /**
     * {@return for a field that restates earlier ones, the earlier field that held each of its
     * places, by the place's path within the field: {@code 0/participant} was {@code participant}}
     */
    public ImmutableMap<String, String> restated() {
      return restated;
    }

    /**
     * {@return the field's value in {@code object}, as its getter gives it: an optional or a
     * collection as it is, even when empty}
     */
    Object value(T object) {
      return getter.apply(object);
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

    /**
     * {@return the name of the public method, without parameters, of the shape's class (or a
     * supertype) whose value the field writes as it is: {@code "title"}; empty where the value is
     * worked out (translations listed from their map, a count boxed). Code generated from the
     * shapes calls it directly, where a walk over the shapes calls the field's getter}
     */
    public Optional<String> accessor() {
      // The getters are serializable lambdas, so that this one reflective look says which method
      // a method reference names; only generators ask, never a reader or a writer.
      try {
        Method writeReplace = getter.getClass().getDeclaredMethod("writeReplace");
        writeReplace.setAccessible(true);
        SerializedLambda lambda = (SerializedLambda) writeReplace.invoke(getter);
        int kind = lambda.getImplMethodKind();
        boolean instanceMethod =
            kind == MethodHandleInfo.REF_invokeVirtual
                || kind == MethodHandleInfo.REF_invokeInterface;
        if (!instanceMethod
            || lambda.getCapturedArgCount() != 0
            || !lambda.getImplMethodSignature().startsWith("()")) {
          return Optional.empty();
        }
        Class<?> owner =
            Class.forName(
                lambda.getImplClass().replace('/', '.'), false, Shape.class.getClassLoader());
        Method method = owner.getMethod(lambda.getImplMethodName());
        return Modifier.isPublic(owner.getModifiers())
            ? Optional.of(method.getName())
            : Optional.empty();
      } catch (ReflectiveOperationException | ClassCastException e) {
        return Optional.empty();
      }
    }

    /** Returns the name. */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * How a field's value is got from an object: serializable, so that {@link Field#accessor()} can
   * tell which method a method reference names.
   */
  @FunctionalInterface
  interface Getter<T, V> extends Function<T, V>, Serializable {}

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

  /** What of an object needs a later format version than its fields say. */
  private static final class VersionNeed<T> {
    final int version;
    final Predicate<T> uses;
    final String what;

    VersionNeed(int version, Predicate<T> uses, String what) {
      this.version = version;
      this.uses = uses;
      this.what = what;
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
    private final List<VersionNeed<T>> needs = new ArrayList<>();

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
              (BiConsumer<Object, Object>) setter,
              RecordShapes.OLDEST_VERSION,
              Integer.MAX_VALUE,
              0,
              false,
              ImmutableMap.of()));
      return this;
    }

    /**
     * The last field added, which may be absent, was required up to the version before {@code
     * version}: a reader of an earlier version must find it, and a writer of one cannot write an
     * object without it.
     */
    Definition<T, B> optionalSince(int version) {
      int at = fields.size() - 1;
      fields.set(at, fields.get(at).requiredThrough(version - 1));
      return this;
    }

    /** The last field added is in the format from version {@code version} on. */
    Definition<T, B> since(int version) {
      int at = fields.size() - 1;
      Field<T> last = fields.get(at);
      fields.set(at, last.versions(version, last.until, false, ImmutableMap.of()));
      return this;
    }

    /**
     * The last field added is in the format from version {@code version} on, and says what earlier
     * fields said, which end at the version before: {@code restated} maps each of its places (such
     * as {@code 0/participant}) to the earlier field that held it ({@code participant}).
     */
    Definition<T, B> since(int version, ImmutableMap<String, String> restated) {
      for (int i = 0; i < fields.size(); i++) {
        Field<T> field = fields.get(i);
        if (restated.containsValue(field.name)) {
          fields.set(i, field.versions(field.since, version - 1, false, ImmutableMap.of()));
        }
      }
      int at = fields.size() - 1;
      fields.set(at, fields.get(at).versions(version, Integer.MAX_VALUE, true, restated));
      return this;
    }

    /**
     * An object for which {@code uses} holds needs format version {@code version}: {@code what}
     * says what, for messages.
     */
    Definition<T, B> needs(int version, Predicate<T> uses, String what) {
      needs.add(new VersionNeed<>(version, uses, what));
      return this;
    }

    /** A field that must be given. */
    <V> Definition<T, B> required(
        String field, ValueType<V> type, Getter<T, V> get, BiConsumer<B, V> set, String doc) {
      return add(field, type, Multiplicity.ONE, true, false, get, set, doc);
    }

    /** A field with a default: always written, and the default where it is not read. */
    <V> Definition<T, B> defaulted(
        String field, ValueType<V> type, Getter<T, V> get, BiConsumer<B, V> set, String doc) {
      return add(field, type, Multiplicity.ONE, false, false, get, set, doc);
    }

    /** A field that may be absent. */
    <V> Definition<T, B> optional(
        String field,
        ValueType<V> type,
        Getter<T, Optional<V>> get,
        BiConsumer<B, V> set,
        String doc) {
      return add(field, type, Multiplicity.OPTIONAL, false, false, get, set, doc);
    }

    /** A list, empty where absent. */
    <V> Definition<T, B> list(
        String field,
        ValueType<V> type,
        Getter<T, ? extends List<V>> get,
        BiConsumer<B, Iterable<V>> set,
        String doc) {
      return add(field, type, Multiplicity.LIST, false, false, get, set, doc);
    }

    /** A list that must be given, with at least one value. */
    <V> Definition<T, B> nonEmptyList(
        String field,
        ValueType<V> type,
        Getter<T, ? extends List<V>> get,
        BiConsumer<B, Iterable<V>> set,
        String doc) {
      return add(field, type, Multiplicity.LIST, true, true, get, set, doc);
    }

    /** A set, each value at most once; {@code required} sets must hold at least one value. */
    <V> Definition<T, B> set(
        String field,
        ValueType<V> type,
        boolean required,
        Getter<T, ? extends Collection<V>> get,
        BiConsumer<B, Iterable<V>> set,
        String doc) {
      return add(field, type, Multiplicity.SET, required, required, get, set, doc);
    }

    /** A set that may be absent, which is not the same as empty. */
    <V> Definition<T, B> optionalSet(
        String field,
        ValueType<V> type,
        Getter<T, ? extends Optional<? extends Collection<V>>> get,
        BiConsumer<B, Iterable<V>> set,
        String doc) {
      return add(field, type, Multiplicity.OPTIONAL_SET, false, false, get, set, doc);
    }

    /** Fields of a shape made {@link #ofValues by a factory}: no setter. */
    <V> Definition<T, B> value(String field, ValueType<V> type, Getter<T, V> get, String doc) {
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
