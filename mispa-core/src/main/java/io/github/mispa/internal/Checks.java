package io.github.mispa.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** Argument checks shared by the value types, with messages that name the argument and value. */
public final class Checks {
  /**
   * Identifiers used for references inside a record: a letter or digit, then letters, digits and
   * {@code . _ -}, at most 64 characters. Narrow on purpose: ids travel in JSON and on command
   * lines, and appear in messages.
   */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Checks() {}

  /** Returns {@code value} if it has a non-whitespace character, else throws. */
  public static String nonBlank(String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, name);
    checkArgument(!value.isBlank(), "%s must not be blank, but was \"%s\"", name, value);
    return value;
  }

  /** Returns {@code value} if it is a valid identifier, else throws. */
  public static String id(String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, name);
    checkArgument(
        ID.matcher(value).matches(),
        "%s must be an identifier (a letter or digit, then letters, digits, '.', '_' or '-', at"
            + " most 64 characters), but was \"%s\"",
        name,
        value);
    return value;
  }

  /** Returns {@code value} if it is at least {@code min}, else throws. */
  public static int atLeast(String name, int value, int min) {
    requireNonNull(name, "name");
    checkArgument(value >= min, "%s must be at least %s, but was %s", name, min, value);
    return value;
  }
}
