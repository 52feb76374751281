package io.github.mispa.procedure;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a record cannot be built: it refers to a participant, person, document or act it does
 * not define, defines an id twice, or puts sessions and items out of order. Lists every problem
 * found, each with its place.
 */
public final class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 10;

  private final ImmutableList<RecordProblem> problems;

  InvalidRecordException(ImmutableList<RecordProblem> problems) {
    super(message(problems));
    this.problems = problems;
  }

  /** {@return every problem found, in the order of the record} */
  public ImmutableList<RecordProblem> problems() {
    return problems;
  }

  private static String message(ImmutableList<RecordProblem> problems) {
    StringBuilder out =
        new StringBuilder("The record is invalid (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem):" : " problems):");
    problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(p -> out.append("\n  ").append(p));
    if (problems.size() > PROBLEMS_IN_MESSAGE) {
      out.append("\n  ... and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
    }
    return out.toString();
  }
}
