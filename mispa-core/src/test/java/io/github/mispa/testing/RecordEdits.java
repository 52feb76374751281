package io.github.mispa.testing;

import com.google.common.collect.ImmutableList;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Small changes to a record, for tests that mutate the MISPA V record to make a rule fire. Each
 * returns a new record, built (and so validated) like any other.
 */
public final class RecordEdits {
  private RecordEdits() {}

  /** Replaces the act with {@code id} by what {@code change} makes of it. */
  public static MeetingRecord replace(MeetingRecord record, String id, UnaryOperator<Act> change) {
    ActLocation at = locationOf(record, id);
    int index = at.index() - 1;
    return edit(record, at, acts -> acts.set(index, change.apply(acts.get(index))));
  }

  /** Replaces the act at {@code location}. */
  public static MeetingRecord replace(MeetingRecord record, ActLocation location, Act act) {
    return edit(record, location, acts -> acts.set(location.index() - 1, act));
  }

  /** Inserts {@code acts} before the act with {@code id}. */
  public static MeetingRecord insertBefore(MeetingRecord record, String id, Act... acts) {
    return insertAt(record, locationOf(record, id), acts);
  }

  /** Inserts {@code acts} after the act with {@code id}. */
  public static MeetingRecord insertAfter(MeetingRecord record, String id, Act... acts) {
    ActLocation at = locationOf(record, id);
    return insertAt(record, ActLocation.of(at.item(), at.index() + 1), acts);
  }

  /** Inserts {@code acts} at {@code location}, moving the act there and those after it along. */
  public static MeetingRecord insertAt(MeetingRecord record, ActLocation location, Act... acts) {
    return edit(record, location, list -> list.addAll(location.index() - 1, List.of(acts)));
  }

  /** Appends {@code acts} at the end of item {@code item}. */
  public static MeetingRecord append(MeetingRecord record, String item, Act... acts) {
    return edit(record, ActLocation.of(item, 1), list -> list.addAll(List.of(acts)));
  }

  /** Removes the act with {@code id}. */
  public static MeetingRecord remove(MeetingRecord record, String id) {
    ActLocation at = locationOf(record, id);
    int index = at.index() - 1;
    return edit(record, at, acts -> acts.remove(index));
  }

  /** The location of the act with {@code id}. */
  public static ActLocation locationOf(MeetingRecord record, String id) {
    return record
        .act(id)
        .map(RecordedAct::location)
        .orElseThrow(() -> new IllegalArgumentException("no act " + id));
  }

  private interface ActsEdit {
    void apply(List<Act> acts);
  }

  private static MeetingRecord edit(MeetingRecord record, ActLocation location, ActsEdit edit) {
    ImmutableList.Builder<Session> sessions = ImmutableList.builder();
    boolean found = false;
    for (Session session : record.sessions()) {
      ImmutableList.Builder<AgendaItem> items = ImmutableList.builder();
      for (AgendaItem item : session.items()) {
        if (item.number().equals(location.item())) {
          List<Act> acts = new ArrayList<>(item.acts());
          edit.apply(acts);
          items.add(item.toBuilder().acts(acts).build());
          found = true;
        } else {
          items.add(item);
        }
      }
      sessions.add(session.toBuilder().items(items.build()).build());
    }
    if (!found) {
      throw new IllegalArgumentException("no item " + location.item());
    }
    return record.toBuilder().sessions(sessions.build()).build();
  }
}
