package io.github.mispa.examples.cli;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Seconding;
import java.nio.file.Path;

/** Record files for the tests of the tool. */
final class Records {
  /** The MISPA V record as JSON, checked into the repository. */
  static final Path MISPA_V = Path.of("src/main/resources/io/github/mispa/examples/mispa-v.json");

  private Records() {}

  /** MISPA V in which Costa Rica seconds its own nomination for Vice Chair, at 2.a#19. */
  static MeetingRecord selfSeconded() {
    return RecordEdits.replace(
        MispaV.record(),
        ActLocation.parse("2.a#19"),
        Seconding.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build());
  }

  /** Writes {@code record} to {@code file}, pretty-printed, and returns the file. */
  static Path write(MeetingRecord record, Path file) {
    MispaJson.standard().withPrettyPrinting(true).write(record, file);
    return file;
  }
}
