package io.github.mispa.procedure;

import com.google.common.collect.ImmutableList;
import io.github.mispa.procedure.Shape.Field;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Lists what an act refers to, for the record to check, from its kind's {@link ActKind#shape()
 * shape}: every field whose values are {@link ValueType.Kind#REFERENCE references}, then those of
 * the objects it holds (a tally's ballots). A new kind of act needs nothing here.
 */
final class References {
  private References() {}

  /**
   * Receives the references of one act. A reference's place in the act is its field, an index in
   * the field's list (or -1) and a rest (or ""): {@code tally/ballots}, 3, {@code /participant}.
   * The parts are joined only when a reference is broken: this runs for every act of a record.
   */
  interface Sink {
    void participant(String field, int index, String rest, String id);

    void person(String field, int index, String rest, String id);

    void document(String field, int index, String rest, String id);

    /** A reference to an earlier act, which must be of one of {@code type}'s act kinds. */
    void act(String field, int index, String id, ValueType<?> type);

    /**
     * {@return a reference's place: its field, index and rest (the field of a part of a list, or
     * empty) joined} Joined only here, for a reference that is wrong: a record of 100,000 acts has
     * hundreds of thousands of references, nearly all of them right.
     */
    static String place(String field, int index, String rest) {
      String tail = rest.isEmpty() ? "" : "/" + rest;
      return index < 0 ? field + tail : field + "/" + index + tail;
    }
  }

  /** Reports every reference of {@code act} to {@code sink}. */
  static void of(Act act, Sink sink) {
    walk(act.kind().shape(), act, "", sink);
  }

  @SuppressWarnings("unchecked") // an act is of its kind's shape's type
  private static <T> void walk(Shape<T> shape, Object object, String prefix, Sink sink) {
    T value = (T) object;
    Shape.ReferencePlan<T> plan = shape.references();
    // Indexed, not for-each, and only the fields that matter: this runs for every act of a record.
    List<Field<T>> references = plan.references;
    for (int f = 0; f < references.size(); f++) {
      Field<T> field = references.get(f);
      // By the field's multiplicity, not by testing the value against List and Iterable: an
      // interface test per value is a scan of the class's supertypes on JDK 17.
      Object held = field.value(value);
      switch (field.multiplicity()) {
        case ONE -> report(field.type(), join(prefix, field.name()), -1, "", (String) held, sink);
        case OPTIONAL -> {
          Optional<?> id = (Optional<?>) held;
          if (id.isPresent()) {
            report(field.type(), join(prefix, field.name()), -1, "", (String) id.get(), sink);
          }
        }
        case LIST -> {
          List<?> ids =
              held instanceof ImmutableList<?> list ? list : List.copyOf((Collection<?>) held);
          String path = ids.isEmpty() ? "" : join(prefix, field.name()); // once per list
          for (int i = 0; i < ids.size(); i++) {
            report(field.type(), path, i, "", (String) ids.get(i), sink);
          }
        }
        case SET, OPTIONAL_SET -> {
          Object ids =
              held instanceof Optional<?> o ? o.map(Object.class::cast).orElse(List.of()) : held;
          String path = join(prefix, field.name());
          int i = 0;
          for (Object id : (Iterable<?>) ids) {
            report(field.type(), path, i++, "", (String) id, sink);
          }
        }
      }
    }
    List<Field<T>> holders = plan.holders;
    for (int f = 0; f < holders.size(); f++) {
      Field<T> field = holders.get(f);
      Object written = field.written(value);
      if (written instanceof List<?> parts) {
        // Once per list, not per element: a tally's ballots are most of a large record's parts.
        String path = join(prefix, field.name());
        for (int i = 0; i < parts.size(); i++) {
          nested(field.type().shape(), parts.get(i), path, i, sink);
        }
      } else if (written != null) {
        walk(field.type().shape(), written, join(prefix, plan.holderPrefixes.get(f)), sink);
      }
    }
  }

  /** The references of the {@code index}th object of the list {@code field}. */
  private static <T> void nested(
      Shape<T> shape, Object object, String field, int index, Sink sink) {
    T value = shape.type().cast(object);
    List<Field<T>> references = shape.references().references;
    for (int f = 0; f < references.size(); f++) {
      Field<T> part = references.get(f);
      Object id = part.written(value);
      if (id instanceof String s) {
        report(part.type(), field, index, part.name(), s, sink);
      }
    }
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + name;
  }

  private static void report(
      ValueType<?> type, String field, int index, String rest, String id, Sink sink) {
    switch (java.util.Objects.requireNonNull(type.target())) {
      case PARTICIPANT -> sink.participant(field, index, rest, id);
      case PERSON -> sink.person(field, index, rest, id);
      case DOCUMENT -> sink.document(field, index, rest, id);
      case ACT -> sink.act(field, index, id, type);
    }
  }
}
