package io.github.mispa.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The wire names of an enum's constants, both ways: {@code NO_OBJECTION} is {@code "noObjection"}
 * unless the type has a code of its own (a member state's alpha-3 code, a language's ISO 639-1
 * code).
 */
final class WireEnum<E extends Enum<E>> {
  private final Class<E> type;
  private final EnumMap<E, SerializedString> names;
  private final ImmutableMap<String, E> byName;
  private final String expected;

  private WireEnum(Class<E> type, Function<E, String> name, @Nullable String expected) {
    this.type = type;
    E[] constants = type.getEnumConstants();
    this.names = new EnumMap<>(type);
    ImmutableMap.Builder<String, E> byName = ImmutableMap.builder();
    for (E constant : constants) {
      String wire = name.apply(constant);
      names.put(constant, new SerializedString(wire));
      byName.put(wire, constant);
    }
    this.byName = byName.buildOrThrow();
    this.expected =
        expected != null
            ? expected
            : "one of "
                + names.values().stream()
                    .map(n -> "\"" + n.getValue() + "\"")
                    .collect(Collectors.joining(", "));
  }

  /** The constants of {@code type}, named in lowerCamelCase. */
  static <E extends Enum<E>> WireEnum<E> camel(Class<E> type) {
    return new WireEnum<>(type, c -> lowerCamel(c.name()), null);
  }

  /**
   * The constants of {@code type}, named by a code of their own; {@code expected} describes the
   * codes in messages, or is null to list them.
   */
  static <E extends Enum<E>> WireEnum<E> coded(
      Class<E> type, Function<E, String> code, @Nullable String expected) {
    return new WireEnum<>(type, code, expected);
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

  /** {@return the enum type} */
  Class<E> type() {
    return type;
  }

  /** {@return the wire name of {@code constant}, ready to write} */
  SerializableString name(E constant) {
    return requireNonNull(names.get(constant));
  }

  /** {@return the constant with this wire name, or null} */
  @Nullable E find(String name) {
    return byName.get(name);
  }

  /** {@return what a reader expects, for messages: "one of "a", "b"" or the code's description} */
  String expected() {
    return expected;
  }
}
