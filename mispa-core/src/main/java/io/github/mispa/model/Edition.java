package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The number of a meeting in its series, written in Roman numerals as the OAS does: the fifth MISPA
 * is "MISPA V".
 *
 * <pre>{@code
 * Edition.of(5).toString();        // "V"
 * Edition.parse("xliv").number();  // 44
 * }</pre>
 */
public final class Edition implements Comparable<Edition> {
  /** The largest edition: Roman numerals in their standard form stop at 3999. */
  public static final int MAX = 3999;

  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  private final int number;

  private Edition(int number) {
    this.number = number;
  }

  /**
   * Returns the edition with this number.
   *
   * @throws IllegalArgumentException if {@code number} is not between 1 and {@value #MAX}
   */
  public static Edition of(int number) {
    checkArgument(
        number >= 1 && number <= MAX, "edition must be between 1 and %s, but was %s", MAX, number);
    return new Edition(number);
  }

  /**
   * Reads a Roman numeral in its standard form, in any case ({@code "V"}, {@code "xliv"}).
   *
   * @throws IllegalArgumentException if the text is not a Roman numeral in standard form ({@code
   *     "IIII"} and {@code "VX"} are not)
   */
  public static Edition parse(CharSequence text) {
    requireNonNull(text, "text");
    String upper = text.toString().toUpperCase(Locale.ROOT);
    int number = valueOf(upper);
    checkArgument(number > 0, "\"%s\" is not a Roman numeral in standard form", text);
    return new Edition(number);
  }

  /** Returns the value of a standard-form numeral, or 0 if {@code upper} is not one. */
  static int valueOf(String upper) {
    if (upper.isEmpty()) {
      return 0;
    }
    int number = 0;
    int pos = 0;
    for (int i = 0; i < VALUES.length && pos < upper.length(); i++) {
      // Standard form allows a one-letter symbol up to three times, a two-letter one once.
      int maxRepeats = SYMBOLS[i].length() == 1 ? 3 : 1;
      for (int r = 0; r < maxRepeats && upper.startsWith(SYMBOLS[i], pos); r++) {
        number += VALUES[i];
        pos += SYMBOLS[i].length();
      }
    }
    if (pos != upper.length() || number > MAX) {
      return 0;
    }
    // Reject non-canonical spellings such as "VV" or "IVI" that the greedy scan may accept.
    return toRoman(number).equals(upper) ? number : 0;
  }

  static String toRoman(int number) {
    StringBuilder out = new StringBuilder();
    int rest = number;
    for (int i = 0; i < VALUES.length; i++) {
      while (rest >= VALUES[i]) {
        out.append(SYMBOLS[i]);
        rest -= VALUES[i];
      }
    }
    return out.toString();
  }

  /** {@return the number of the edition: 5 for MISPA V} */
  public int number() {
    return number;
  }

  /** {@return the edition after this one} */
  public Edition next() {
    return of(number + 1);
  }

  @Override
  public int compareTo(Edition other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Edition other && number == other.number;
  }

  @Override
  public int hashCode() {
    return number;
  }

  /** Returns the Roman numeral, such as {@code "V"}. */
  @Override
  public String toString() {
    return toRoman(number);
  }
}
