package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.mispa.internal.Checks;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A series of meetings held under one process, such as the Meetings of Ministers Responsible for
 * Public Security in the Americas (MISPA). A meeting of the series is named by its code and
 * edition: "MISPA V".
 */
public final class MeetingSeries {
  /** The Meetings of Ministers Responsible for Public Security in the Americas. */
  public static final MeetingSeries MISPA =
      new MeetingSeries(
          "MISPA", "Meeting of Ministers Responsible for Public Security in the Americas");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,15}");

  private final String code;
  private final String name;

  private MeetingSeries(String code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * Returns the series with this code and name.
   *
   * @param code capital letters and digits, starting with a letter, as in {@code MISPA}
   * @param name the English name of one meeting of the series
   */
  public static MeetingSeries of(String code, String name) {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    checkArgument(
        CODE.matcher(code).matches(),
        "series code must be 1 to 16 capital letters and digits starting with a letter, but was"
            + " \"%s\"",
        code);
    return new MeetingSeries(code, Checks.nonBlank("name", name));
  }

  /** {@return the code, such as {@code MISPA}} */
  public String code() {
    return code;
  }

  /** {@return the English name of one meeting of the series} */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MeetingSeries other && code.equals(other.code) && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + name.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
