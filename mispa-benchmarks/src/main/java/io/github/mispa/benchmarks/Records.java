package io.github.mispa.benchmarks;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.ValidRecords;
import io.github.mispa.procedure.MeetingRecord;

/**
 * The records benchmarked: MISPA V itself, or a synthetic record of a given number of acts that
 * follows the procedure ({@link ValidRecords}).
 */
final class Records {
  /** The seed of every synthetic record, so that runs compare like with like. */
  static final long SEED = 20151119L;

  private Records() {}

  /** {@code "mispa-v"} for the MISPA V record, or a number of acts for a synthetic record. */
  static MeetingRecord named(String name) {
    return name.equals("mispa-v")
        ? MispaV.record()
        : ValidRecords.generate(SEED, Integer.parseInt(name));
  }
}
