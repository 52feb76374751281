package io.github.mispa.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The field names of one kind of JSON object, each with its index (its bit in a {@code long} set of
 * fields) and whether it is required. Names are given in the model's declaration order; a name
 * ending in {@code !} is required.
 */
final class Fields {
  private final String what;
  private final ImmutableList<String> names;
  private final ImmutableMap<String, Integer> indexes;
  private final long required;
  private final long all;

  private Fields(String what, String... spec) {
    checkArgument(spec.length <= 64, "at most 64 fields");
    this.what = what;
    ImmutableList.Builder<String> names = ImmutableList.builder();
    ImmutableMap.Builder<String, Integer> indexes = ImmutableMap.builder();
    long required = 0;
    for (int i = 0; i < spec.length; i++) {
      String name = spec[i].endsWith("!") ? spec[i].substring(0, spec[i].length() - 1) : spec[i];
      if (!name.equals(spec[i])) {
        required |= 1L << i;
      }
      names.add(name);
      indexes.put(name, i);
    }
    this.names = names.build();
    this.indexes = indexes.buildOrThrow();
    this.required = required;
    this.all = spec.length == 64 ? -1L : (1L << spec.length) - 1;
  }

  /** Returns the fields of {@code what} (such as "a person"), in order; "name!" is required. */
  static Fields of(String what, String... spec) {
    return new Fields(what, spec);
  }

  /** {@return what object these are the fields of, for messages: "a person"} */
  String what() {
    return what;
  }

  /** {@return the index of the field with this name, or -1 if there is none} */
  int index(String name) {
    Integer index = indexes.get(name);
    return index == null ? -1 : index;
  }

  /** {@return the name of the field with this index} */
  String name(int index) {
    return names.get(index);
  }

  /** {@return the set of the required fields} */
  long required() {
    return required;
  }

  /** {@return the set of all fields} */
  long all() {
    return all;
  }

  /** {@return the set of the fields with these names} */
  long set(String... names) {
    long set = 0;
    for (String name : names) {
      int index = index(name);
      checkArgument(index >= 0, "no field %s", name);
      set |= 1L << index;
    }
    return set;
  }

  /** {@return the names of the fields in {@code set}, in order, for messages} */
  String list(long set) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if ((set & (1L << i)) != 0) {
        out.append(out.length() == 0 ? "" : ", ").append(names.get(i));
      }
    }
    return out.toString();
  }
}
