package io.github.mispa.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Strings;

/**
 * Argument checks shared by the value types, with messages that name the argument and value.
 *
 * <p>They run for every attribute of every object a record is built from, JSON included, so they do
 * no work on success: no regular expression, and the argument's name, where it has parts, is put
 * together only when the check fails.
 */
public final class Checks {
  /** The longest identifier. */
  private static final int MAX_ID_LENGTH = 64;

  /**
   * The characters an id may have after its first, by code: one load per character rather than six
   * comparisons, as every id of every record built is checked.
   */
  private static final boolean[] ID_PART = idPart();

  private static final String ID_RULE =
      " must be an identifier (a letter or digit, then letters, digits, '.', '_' or '-', at most 64"
          + " characters), but was \"";

  private Checks() {}

  /** Returns {@code value} if it has a non-whitespace character, else throws. */
  public static String nonBlank(String name, String value) {
    requireNonNull(name, "name");
    if (requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, but was \"" + value + "\"");
    }
    return value;
  }

  /**
   * Returns {@code value} if it has a non-whitespace character, else throws, naming it by {@code
   * nameTemplate} with {@code arg} in place of its {@code %s}.
   */
  public static String nonBlank(String value, String nameTemplate, Object arg) {
    requireNonNull(nameTemplate, "nameTemplate");
    requireNonNull(arg, "arg");
    if (requireNonNull(value, nameTemplate).isBlank()) {
      return nonBlank(Strings.lenientFormat(nameTemplate, arg), value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it is an identifier, else throws. Identifiers are used for references
   * inside a record: a letter or digit, then letters, digits and {@code . _ -}, at most 64
   * characters. Narrow on purpose: ids travel in JSON and on command lines, and appear in messages.
   */
  public static String id(String name, String value) {
    requireNonNull(name, "name");
    if (!isId(requireNonNull(value, name))) {
      throw new IllegalArgumentException(name + ID_RULE + value + "\"");
    }
    return value;
  }

  /** As {@link #id(String, String)}, naming the value by {@code nameTemplate} and {@code arg}. */
  public static String id(String value, String nameTemplate, Object arg) {
    requireNonNull(nameTemplate, "nameTemplate");
    requireNonNull(arg, "arg");
    if (!isId(requireNonNull(value, nameTemplate))) {
      return id(Strings.lenientFormat(nameTemplate, arg), value);
    }
    return value;
  }

  /** Whether {@code value} is an identifier. */
  public static boolean isId(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_ID_LENGTH || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (c >= ID_PART.length || !ID_PART[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c < ID_PART.length && ID_PART[c] && c != '.' && c != '_' && c != '-';
  }

  private static boolean[] idPart() {
    boolean[] part = new boolean[128];
    for (char c = '0'; c <= '9'; c++) {
      part[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      part[c] = true;
      part[Character.toUpperCase(c)] = true;
    }
    part['.'] = true;
    part['_'] = true;
    part['-'] = true;
    return part;
  }

  /** Returns {@code value} if it is at least {@code min}, else throws. */
  public static int atLeast(String name, int value, int min) {
    requireNonNull(name, "name");
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", but was " + value);
    }
    return value;
  }
}
