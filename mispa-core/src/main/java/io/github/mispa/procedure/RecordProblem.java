package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** One reason a record cannot be built: where in the record, and what is wrong. */
public final class RecordProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String message;

  private RecordProblem(String path, String message) {
    this.path = path;
    this.message = message;
  }

  /** Returns a problem at {@code path}. */
  public static RecordProblem of(String path, String message) {
    return new RecordProblem(requireNonNull(path, "path"), requireNonNull(message, "message"));
  }

  /**
   * Where the problem is, as a JSON Pointer over the record's attribute names, such as {@code
   * /sessions/1/items/0/acts/4/of}. The wire format uses the same names.
   */
  public String path() {
    return path;
  }

  /**
   * {@return what is wrong, such as "seconding refers to act "nom-vc", which is not defined before
   * it"}
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RecordProblem other
        && path.equals(other.path)
        && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + message.hashCode();
  }

  /** Returns {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
