package io.github.mispa.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.procedure.InvalidRecordException;
import io.github.mispa.procedure.RecordProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when JSON cannot be read as a mispa record (or as a part of one): the one exception of
 * every read failure, whatever its cause.
 *
 * <p>It says where, as a JSON Pointer (RFC 6901) into the document read, and what was expected
 * there:
 *
 * <pre>{@code
 * try {
 *   MispaJson.standard().read(json);
 * } catch (MispaJsonException e) {
 *   e.kind();      // Kind.INVALID_RECORD
 *   e.pointer();   // "/sessions/1/items/0/acts/18/of"
 *   e.problem();   // "seconding at 2.a#19 refers to act \"nomination-of-nobody\", which is ..."
 * }
 * }</pre>
 *
 * <p>A record that refers to something it does not define fails with {@link Kind#INVALID_RECORD}
 * and lists such problems in {@link #problems()}, each with its pointer (every one, up to {@value
 * InvalidRecordException#MAX_PROBLEMS}; {@link #problemCount()} counts them all); every other
 * failure has exactly one problem. The line and column of the offending token are in {@link
 * #getLocation()}, where the input has them.
 *
 * <p>It is a Jackson {@link DatabindException}, so code that reads records with its own {@code
 * JsonMapper} and {@link MispaModule} catches it as it catches Jackson's own exceptions.
 */
public final class MispaJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 10;

  /** What went wrong, in broad classes; {@link #problem()} says precisely. */
  public enum Kind {
    /** The input is not JSON, or ends before the record does. */
    MALFORMED_JSON,
    /** The record is followed by more content. */
    TRAILING_CONTENT,
    /**
     * The input exceeds a limit: nesting depth, the length of a string, a number or a name, or the
     * length of the document.
     */
    LIMIT_EXCEEDED,
    /** A value has the wrong JSON type: a number where a string is expected, say. */
    WRONG_TYPE,
    /** A required field is missing. */
    MISSING_FIELD,
    /** A field the format does not define (rejected unless unknown fields are ignored). */
    UNKNOWN_FIELD,
    /** A field appears twice in one object. */
    DUPLICATE_FIELD,
    /** An act's {@code type} names no kind of act. */
    UNKNOWN_TYPE,
    /**
     * A value of the right JSON type that is not valid: a malformed date, document symbol, id or
     * code, a value outside its range, or a part of the record that breaks the model's rules.
     */
    INVALID_VALUE,
    /**
     * The record refers to something it does not define, defines an id twice, or puts sessions or
     * items out of order: every problem is in {@link #problems()}.
     */
    INVALID_RECORD,
    /** The document's {@code formatVersion} is not one this library reads. */
    UNSUPPORTED_VERSION
  }

  private final Kind kind;
  private final ImmutableList<RecordProblem> problems;
  private final int problemCount;

  private MispaJsonException(
      Kind kind,
      ImmutableList<RecordProblem> problems,
      int problemCount,
      @Nullable TokenStreamLocation location,
      @Nullable Throwable cause) {
    super(message(problems, problemCount), location, cause);
    this.kind = kind;
    this.problems = problems;
    this.problemCount = problemCount;
  }

  static MispaJsonException of(
      Kind kind,
      String pointer,
      String problem,
      @Nullable TokenStreamLocation location,
      @Nullable Throwable cause) {
    return new MispaJsonException(
        requireNonNull(kind, "kind"),
        ImmutableList.of(RecordProblem.of(pointer, problem)),
        1,
        location,
        cause);
  }

  /** The record's problems, of which {@code cause} counts how many there are. */
  static MispaJsonException invalidRecord(
      ImmutableList<RecordProblem> problems, InvalidRecordException cause) {
    return new MispaJsonException(Kind.INVALID_RECORD, problems, cause.problemCount(), null, cause);
  }

  /** {@return the class of failure} */
  public Kind kind() {
    return kind;
  }

  /**
   * The place of the (first) problem, as a JSON Pointer into the document read: {@code ""} for the
   * whole document, {@code "/sessions/1/items/0/acts/4/of"} for a field of an act.
   */
  public String pointer() {
    return problems.get(0).path();
  }

  /**
   * {@return what is wrong at {@link #pointer()}, or what was expected there, such as "expected a
   * string, found a number"}
   */
  public String problem() {
    return problems.get(0).message();
  }

  /**
   * The problems found, each with its pointer: several for {@link Kind#INVALID_RECORD} (every one,
   * up to {@value InvalidRecordException#MAX_PROBLEMS}), one for every other kind.
   */
  public ImmutableList<RecordProblem> problems() {
    return problems;
  }

  /** {@return how many problems were found, at least as many as {@link #problems()} lists} */
  public int problemCount() {
    return problemCount;
  }

  /**
   * Returns the problems, one per line as {@code pointer: problem}, then the line and column of the
   * offending token where known. The pointer of the whole document is shown as {@code (root)}.
   */
  @Override
  public String getMessage() {
    TokenStreamLocation location = getLocation();
    String message = getOriginalMessage();
    if (location == null || location.getLineNr() < 1) {
      return message;
    }
    return message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String message(ImmutableList<RecordProblem> problems, int problemCount) {
    StringBuilder out = new StringBuilder();
    if (problemCount > 1) {
      out.append("The record is invalid (").append(problemCount).append(" problems):");
    }
    problems.stream()
        .limit(PROBLEMS_IN_MESSAGE)
        .forEach(
            p ->
                out.append(problemCount > 1 ? "\n  " : "")
                    .append(p.path().isEmpty() ? "(root)" : p.path())
                    .append(": ")
                    .append(p.message()));
    if (problemCount > PROBLEMS_IN_MESSAGE) {
      out.append("\n  ... and ").append(problemCount - PROBLEMS_IN_MESSAGE).append(" more");
    }
    return out.toString();
  }
}
