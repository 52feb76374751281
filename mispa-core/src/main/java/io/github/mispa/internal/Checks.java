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

  /**
   * Checks the texts of {@code translations}, each the text {@code main} stands for in another
   * language, keyed by an enum of languages: none is blank, there are none where there is no {@code
   * main} text to stand for, and the one in {@code mainLanguage} (where given) is {@code main}
   * itself. {@code nameTemplate} names the text, with {@code arg} in place of its {@code %s}:
   * "title of document \"%s\"". Does no work when {@code translations} is empty, as for most texts.
   */
  public static void translations(
      java.util.Optional<String> main,
      java.util.Map<? extends Enum<?>, String> translations,
      Enum<?> mainLanguage,
      String nameTemplate,
      Object arg) {
    requireNonNull(main, "main");
    requireNonNull(mainLanguage, "mainLanguage");
    requireNonNull(nameTemplate, "nameTemplate");
    requireNonNull(arg, "arg");
    if (requireNonNull(translations, "translations").isEmpty()) {
      return;
    }
    String name = Strings.lenientFormat(nameTemplate, arg);
    for (java.util.Map.Entry<? extends Enum<?>, String> translation : translations.entrySet()) {
      String language = languageName(translation.getKey());
      nonBlank(name + " in " + language, translation.getValue());
      if (main.isEmpty()) {
        throw new IllegalArgumentException(
            "the "
                + name
                + " is given in "
                + language
                + " but not in "
                + languageName(mainLanguage)
                + ", the record's language: a translation stands beside the text it translates");
      }
      if (translation.getKey() == mainLanguage && !translation.getValue().equals(main.get())) {
        throw new IllegalArgumentException(
            "the "
                + name
                + " in "
                + language
                + ", the record's language, is \""
                + translation.getValue()
                + "\", which contradicts the "
                + name
                + " itself, \""
                + main.get()
                + "\"");
      }
    }
  }

  /** {@return a language by its constant's name, as a message names it: "Spanish"} */
  public static String languageName(Enum<?> language) {
    String name = language.name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
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
