package io.github.mispa.procedure;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.Document;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The record so far of an {@link OpenRecord}: a {@link MeetingRecord} whose acts come from the open
 * record's tables, and whose lists are made from them when first asked for (each once). It never
 * changes: the open record it reads never does.
 */
final class RecordSoFar extends MeetingRecord {
  private final OpenRecord open;
  private volatile @Nullable ImmutableList<RecordedAct> acts;
  private volatile @Nullable ImmutableList<Session> sessions;
  private volatile @Nullable Map<String, Integer> itemStarts;

  RecordSoFar(OpenRecord open) {
    this.open = open;
  }

  @Override
  public Meeting meeting() {
    return open.base().meeting();
  }

  @Override
  public ImmutableList<Participant> participants() {
    return open.base().participants();
  }

  @Override
  public ImmutableList<Person> persons() {
    return open.base().persons();
  }

  @Override
  public ImmutableList<Document> documents() {
    return open.base().documents();
  }

  // The finished record's, when it was opened from one: its sources name fields it already has.
  @Override
  public ImmutableList<Source> sources() {
    return open.base().sources();
  }

  @Override
  public Optional<String> conclusion() {
    return open.base().conclusion();
  }

  @Override
  RecordIndex index() {
    // Participants, persons and documents: the meeting's, whatever the acts.
    return open.index();
  }

  @Override
  @Nullable RecordedAct actWithId(String id) {
    return open.actsById().get(id);
  }

  @Override
  ImmutableList<RecordedAct> actsInOrder() {
    ImmutableList<RecordedAct> made = acts;
    if (made == null) {
      RecordedAct[] all = new RecordedAct[open.actCount()];
      int i = all.length;
      for (OpenRecord.Link at = open.entries(); at != null; at = at.next()) {
        if (at.entry() instanceof RecordedAct act) {
          all[--i] = act;
        }
      }
      made = ImmutableList.copyOf(all);
      acts = made;
    }
    return made;
  }

  @Override
  @Nullable Integer itemStart(String item) {
    Map<String, Integer> made = itemStarts;
    if (made == null) {
      made = new HashMap<>();
      ImmutableList<RecordedAct> all = actsInOrder();
      for (RecordedAct act : all) {
        made.putIfAbsent(act.item().number(), act.ordinal());
      }
      itemStarts = made;
    }
    return made.get(item);
  }

  @Override
  public ImmutableList<Session> sessions() {
    ImmutableList<Session> made = sessions;
    if (made == null) {
      made = makeSessions();
      sessions = made;
    }
    return made;
  }

  private ImmutableList<Session> makeSessions() {
    List<Object> added = new ArrayList<>();
    for (OpenRecord.Link at = open.entries(); at != null; at = at.next()) {
      added.add(at.entry());
    }
    ImmutableList.Builder<Session> all = ImmutableList.builder();
    Session header = null;
    List<AgendaItem> items = new ArrayList<>();
    AgendaItem itemHeader = null;
    List<Act> itemActs = new ArrayList<>();
    for (int i = added.size() - 1; i >= 0; i--) {
      Object entry = added.get(i);
      if (entry instanceof RecordedAct act) {
        itemActs.add(act.act());
        continue;
      }
      if (itemHeader != null) {
        items.add(itemHeader.toBuilder().acts(itemActs).build());
        itemHeader = null;
        itemActs.clear();
      }
      if (entry instanceof AgendaItem item) {
        itemHeader = item;
      } else {
        if (header != null) {
          all.add(header.toBuilder().items(items).build());
          items.clear();
        }
        header = (Session) entry;
      }
    }
    if (itemHeader != null) {
      items.add(itemHeader.toBuilder().acts(itemActs).build());
    }
    if (header != null) {
      all.add(header.toBuilder().items(items).build());
    }
    return all.build();
  }

  /** Returns what the record built from the same parts returns. */
  @Override
  public String toString() {
    return MeetingRecord.builder().from(this).build().toString();
  }
}
