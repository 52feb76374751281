package io.github.mispa.procedure;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a record cannot be built: it refers to a participant, person, document or act it does
 * not define, defines an id twice, or puts sessions and items out of order. Lists the problems
 * found, each with its place: every one, up to {@value #MAX_PROBLEMS}, and how many there are.
 */
public final class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 10;

  /**
   * The most problems an exception lists; more are only counted. A record whose every reference is
   * broken would otherwise hold a message for each, many times the size of the record.
   */
  public static final int MAX_PROBLEMS = 1_000;

  private final ImmutableList<RecordProblem> problems;
  private final int problemCount;

  InvalidRecordException(ImmutableList<RecordProblem> problems, int problemCount) {
    super(message(problems, problemCount));
    this.problems = problems;
    this.problemCount = problemCount;
  }

  /**
   * {@return the problems found, in the order of the record: every one, or the first {@value
   * #MAX_PROBLEMS} of {@link #problemCount()}}
   */
  public ImmutableList<RecordProblem> problems() {
    return problems;
  }

  /** {@return how many problems were found, at least as many as {@link #problems()} lists} */
  public int problemCount() {
    return problemCount;
  }

  private static String message(ImmutableList<RecordProblem> problems, int problemCount) {
    StringBuilder out =
        new StringBuilder("The record is invalid (")
            .append(problemCount)
            .append(problemCount == 1 ? " problem):" : " problems):");
    problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(p -> out.append("\n  ").append(p));
    if (problemCount > PROBLEMS_IN_MESSAGE) {
      out.append("\n  ... and ").append(problemCount - PROBLEMS_IN_MESSAGE).append(" more");
    }
    return out.toString();
  }
}
