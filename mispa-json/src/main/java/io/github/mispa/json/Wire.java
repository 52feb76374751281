package io.github.mispa.json;

/**
 * What the wire format has beside the model's {@link io.github.mispa.procedure.Shape shapes}: how a
 * write is told its format version, and how messages quote values of the input.
 */
final class Wire {
  /** The attribute of a write that says which format version to write, if not the current. */
  static final String VERSION_ATTRIBUTE = "io.github.mispa.json.formatVersion";

  /** The longest string, in characters, a message quotes from the input before cutting it. */
  private static final int QUOTED = 80;

  private Wire() {}

  /** {@return {@code s} in quotes, cut to a readable length, for messages} */
  static String quote(String s) {
    return s.length() <= QUOTED
        ? "\"" + s + "\""
        : "\"" + s.substring(0, QUOTED) + "...\" (" + s.length() + " characters)";
  }

  /** {@return {@code message} cut to a readable length: messages may quote values of the input} */
  static String cut(String message) {
    return message.length() <= 4 * QUOTED
        ? message
        : message.substring(0, 4 * QUOTED) + "... (" + message.length() + " characters)";
  }
}
