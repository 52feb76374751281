package io.github.mispa.benchmarks;

import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.MeetingRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a generated record to a file, compact, to measure the {@code mispa} tool on it (see {@code
 * BENCHMARKS.md}):
 *
 * <pre>{@code
 * java -cp mispa-benchmarks/target/benchmarks.jar io.github.mispa.benchmarks.RecordFile \
 *     valid 1300000 target/valid-1.3m.json
 * }</pre>
 *
 * <p>{@code valid} is a record of {@code ValidRecords}, which follows the procedure (no breach; no
 * finding at all up to about 700,000 acts); {@code synthetic} one of {@code SyntheticRecords},
 * every kind of act by chance, with findings of every kind. Both from the benchmarks' seed.
 */
public final class RecordFile {
  private RecordFile() {}

  /** Writes the record: {@code valid|synthetic ACTS FILE}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !(args[0].equals("valid") || args[0].equals("synthetic"))) {
      System.err.println("usage: RecordFile valid|synthetic ACTS FILE");
      System.exit(2);
    }
    MeetingRecord record =
        args[0].equals("valid")
            ? Records.named(args[1])
            : SyntheticRecords.generate(Records.SEED, Integer.parseInt(args[1]));
    Path file = Path.of(args[2]);
    MispaJson.standard().write(record, file);
    System.out.printf(
        Locale.ROOT, "%s: %,d acts, %,d bytes%n", file, record.acts().size(), Files.size(file));
  }
}
