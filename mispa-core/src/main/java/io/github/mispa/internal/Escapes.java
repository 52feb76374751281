package io.github.mispa.internal;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Text from a record made safe to show to a person: the characters that a terminal or a viewer
 * would act on rather than show are written as escapes. Shared by the report and the tool.
 *
 * <p>Unsafe are the C0 controls (U+0000 to U+001F, line ends and tabs included), DEL (U+007F), the
 * C1 controls (U+0080 to U+009F), the marks and overrides of bidirectional text (U+061C, U+200E,
 * U+200F, U+202A to U+202E, U+2066 to U+2069), the line and paragraph separators (U+2028, U+2029)
 * and surrogates that are not part of a pair. An escape is written as JSON writes it: {@code \n},
 * {@code \t}, {@code \r}, {@code \b}, {@code \f}, or a backslash, {@code u} and four hex digits in
 * capitals (ESC is a backslash and {@code u001B}), so that ESC [1A is shown, not obeyed.
 */
public final class Escapes {
  private Escapes() {}

  /** Whether {@code c}, on its own, is a character that must not reach a terminal as it is. */
  public static boolean isUnsafe(char c) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if (c < 0x061c) {
      return false;
    }
    return c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * {@return {@code text} with every unsafe character escaped; {@code text} itself when it has
   * none}
   */
  public static String controls(String text) {
    requireNonNull(text, "text");
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (isUnsafe(c) || Character.isSurrogate(c)) {
        escape(c, out);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@return the index of the first unsafe character or lone surrogate of {@code text}, or -1} */
  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        return i;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** Appends the escape of {@code c} to {@code out}. */
  public static void escape(char c, StringBuilder out) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      case '\r' -> out.append("\\r");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
      }
    }
  }
}
