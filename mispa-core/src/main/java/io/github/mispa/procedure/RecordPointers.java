package io.github.mispa.procedure;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a JSON Pointer points at something a record has, found by walking the shapes: the pointer
 * names fields by their wire names and elements by their index, as in the record written in the
 * current version of the wire format.
 */
final class RecordPointers {
  private RecordPointers() {}

  /** {@return whether {@code pointer} points at a value present in {@code record}} */
  static boolean resolves(MeetingRecord record, String pointer) {
    Object value = record;
    ValueType<?> type = RecordShapes.valueType(MeetingRecord.class).orElseThrow();
    boolean elements = false;
    for (String escaped : pointer.substring(1).split("/", -1)) {
      String token =
          escaped.indexOf('~') < 0 ? escaped : escaped.replace("~1", "/").replace("~0", "~");
      if (elements) {
        Object element = element((Collection<?>) value, token);
        if (element == null) {
          return false;
        }
        value = element;
        elements = false;
        continue;
      }
      Shape<?> shape;
      if (type.kind() == ValueType.Kind.ACT && value instanceof Act act) {
        shape = act.kind().shape();
      } else if (type.kind() == ValueType.Kind.OBJECT) {
        shape = type.shape();
      } else {
        return false;
      }
      Shape.Field<?> field = shape.fieldOrNull(token);
      if (field == null || !field.in(RecordShapes.FORMAT_VERSION)) {
        // A field of an earlier version only (a person's participant) is not the record's field.
        return false;
      }
      Object written = written(field, value);
      if (written == null) {
        return false;
      }
      value = written;
      type = field.type();
      elements = written instanceof Collection<?>;
    }
    return true;
  }

  @SuppressWarnings("unchecked") // the field is one of the shape of value's class
  private static @Nullable Object written(Shape.Field<?> field, Object value) {
    return ((Shape.Field<Object>) field).written(value);
  }

  private static @Nullable Object element(Collection<?> values, String token) {
    if (!isIndex(token)) {
      return null;
    }
    int index = Integer.parseInt(token);
    if (index >= values.size()) {
      return null;
    }
    if (values instanceof List<?> list) {
      return list.get(index);
    }
    Iterator<?> it = values.iterator();
    for (int i = 0; i < index; i++) {
      it.next();
    }
    return it.next();
  }

  /**
   * Whether {@code token} is an array index as a JSON Pointer writes one: 0, or up to nine digits
   * without a leading zero. Tested by hand: {@code String.matches} compiles its pattern on every
   * call, and reading a record resolves each of its sources' facts.
   */
  static boolean isIndex(String token) {
    int length = token.length();
    if (length == 0 || length > 9 || (length > 1 && token.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
