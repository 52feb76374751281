package io.github.mispa.benchmarks;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.ValidRecords;
import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.MeetingRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The records benchmarked: MISPA V itself, MISPA V as the first round recorded it, or a synthetic
 * record of a given number of acts that follows the procedure ({@link ValidRecords}).
 */
final class Records {
  /** The seed of every synthetic record, so that runs compare like with like. */
  static final long SEED = 20151119L;

  private Records() {}

  /**
   * {@code "mispa-v"} for the MISPA V record; {@code "mispa-v-1"} for MISPA V as format version 1
   * wrote it (110 acts, 31 KB compact, without the report's paragraphs), the record the build
   * before the shapes read, kept so that builds of different record files still compare on one; or
   * a number of acts for a synthetic record.
   */
  static MeetingRecord named(String name) {
    return switch (name) {
      case "mispa-v" -> MispaV.record();
      case "mispa-v-1" -> firstRound();
      default -> ValidRecords.generate(SEED, Integer.parseInt(name));
    };
  }

  private static MeetingRecord firstRound() {
    try (InputStream in = Records.class.getResourceAsStream("mispa-v.format-1.json")) {
      return MispaJson.standard().read(Objects.requireNonNull(in, "mispa-v.format-1.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
