package io.github.mispa.examples.cli;

import io.github.mispa.examples.MispaV;
import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Record files for the tests of the tool. */
final class Records {
  /** The MISPA V record as JSON, checked into the repository. */
  static final Path MISPA_V = Path.of("src/main/resources/io/github/mispa/examples/mispa-v.json");

  private Records() {}

  /** MISPA V in which Costa Rica seconds its own nomination for Vice Chair, at 2.a#19. */
  static MeetingRecord selfSeconded() {
    return replace(
        MispaV.record(),
        ActLocation.parse("2.a#19"),
        Seconding.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build());
  }

  /** Writes {@code record} to {@code file}, pretty-printed, and returns the file. */
  static Path write(MeetingRecord record, Path file) {
    MispaJson.standard().withPrettyPrinting(true).write(record, file);
    return file;
  }

  private static MeetingRecord replace(MeetingRecord record, ActLocation location, Act act) {
    List<Session> sessions = new ArrayList<>();
    for (Session session : record.sessions()) {
      List<AgendaItem> items = new ArrayList<>();
      for (AgendaItem item : session.items()) {
        if (item.number().equals(location.item())) {
          List<Act> acts = new ArrayList<>(item.acts());
          acts.set(location.index() - 1, act);
          item = item.toBuilder().acts(acts).build();
        }
        items.add(item);
      }
      sessions.add(session.toBuilder().items(items).build());
    }
    return record.toBuilder().sessions(sessions).build();
  }
}
