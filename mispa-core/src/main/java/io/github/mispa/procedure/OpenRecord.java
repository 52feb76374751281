package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.github.mispa.internal.PersistentMap;
import io.github.mispa.internal.PersistentMap.Edit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record being written as its meeting goes on: the meeting, its participants, persons and
 * documents, and the sessions, items and acts recorded so far, to which the next session, item or
 * act is added. It never changes: adding gives a new open record that shares everything with this
 * one, in constant time however long the record already is, and this one stays as it was (keep it
 * to go back).
 *
 * <p>An act goes into the item opened last, which is in the session opened last. Adding checks what
 * building a whole record checks, for the part added: a session's number, date and attendance, an
 * item's number and documents, an act's references and id; what fails throws {@link
 * InvalidRecordException} with the same problems, paths and words as building the record would, and
 * nothing is added.
 *
 * <pre>{@code
 * OpenRecord open = OpenRecord.of(MeetingRecord.builder().meeting(meeting)
 *         .addAllParticipants(participants).addAllPersons(persons).addAllDocuments(documents)
 *         .build())
 *     .openSession(Session.builder().number(2).kind(SessionKind.OPENING).build())
 *     .openItem(AgendaItem.builder().number("2.a").title("Election of officers").build());
 * open = open.add(nomination);                   // 2.a#1
 * open = open.add(seconding);                    // 2.a#2, which refers to the nomination
 * MeetingRecord record = open.record();          // the record so far, equal to one built whole
 * }</pre>
 *
 * <p>{@link #record()} is the record so far as a {@link MeetingRecord}, got in constant time: its
 * acts are found by id at once, and its lists of sessions and acts are made when first asked for.
 * The acts it holds were recorded with the session and item as they were opened: their {@link
 * RecordedAct#session()} and {@link RecordedAct#item()} have no items and no acts.
 */
public final class OpenRecord {
  /** A persistent list, newest first: what was added, in reverse. */
  record Link(Object entry, @Nullable Link next) {}

  private final MeetingRecord base;
  private final RecordIndex index;

  /** Sessions, items and acts as added (a {@link Session}, an {@link AgendaItem} or an act). */
  private final @Nullable Link entries;

  private final PersistentMap<String, RecordedAct> actsById;
  private final int actCount;
  private final int sessionCount;
  private final @Nullable Session session;
  private final LocalDate date;
  private final int itemCount;
  private final @Nullable AgendaItem item;
  private final int itemActs;
  private final @Nullable RecordedAct last;
  private final RecordSoFar view;

  private OpenRecord(
      MeetingRecord base,
      RecordIndex index,
      @Nullable Link entries,
      PersistentMap<String, RecordedAct> actsById,
      int actCount,
      int sessionCount,
      @Nullable Session session,
      LocalDate date,
      int itemCount,
      @Nullable AgendaItem item,
      int itemActs,
      @Nullable RecordedAct last) {
    this.base = base;
    this.index = index;
    this.entries = entries;
    this.actsById = actsById;
    this.actCount = actCount;
    this.sessionCount = sessionCount;
    this.session = session;
    this.date = date;
    this.itemCount = itemCount;
    this.item = item;
    this.itemActs = itemActs;
    this.last = last;
    this.view = new RecordSoFar(this);
  }

  /**
   * Returns {@code record} open for more: its participants, persons and documents are those of the
   * meeting, and its sessions, items and acts are recorded already; the next act goes into its last
   * item, the next item into its last session. Costs a pass over the record, once.
   */
  public static OpenRecord of(MeetingRecord record) {
    requireNonNull(record, "record");
    OpenRecord open =
        new OpenRecord(
            record,
            record.index(),
            null,
            PersistentMap.empty(),
            0,
            0,
            null,
            record.meeting().startDate(),
            0,
            null,
            0,
            null);
    Edit edit = new Edit();
    for (Session s : record.sessions()) {
      open = open.session(s.items().isEmpty() ? s : s.toBuilder().items(List.of()).build());
      for (AgendaItem i : s.items()) {
        open = open.item(i.acts().isEmpty() ? i : i.toBuilder().acts(List.of()).build());
        for (Act a : i.acts()) {
          open = open.act(a, edit);
        }
      }
    }
    edit.close();
    return open;
  }

  /**
   * Returns {@code record} as it was being written just before the act at {@code location}: the
   * sessions, items and acts before it recorded, the act's session and item open. Its sources keep
   * the facts it already has; the record's conclusion, written after the meeting, is left out.
   * Costs a pass over the record, once.
   *
   * @throws IllegalArgumentException if the record has no act at {@code location}
   */
  public static OpenRecord before(MeetingRecord record, ActLocation location) {
    requireNonNull(record, "record");
    requireNonNull(location, "location");
    RecordedAct at =
        record
            .act(location)
            .orElseThrow(
                () -> new IllegalArgumentException("the record has no act at " + location));
    // The sessions of the record, not the act's: an act of a record being written has its session
    // and item as they were opened, without items or acts.
    List<Session> sessions = new ArrayList<>(record.sessions().subList(0, at.sessionIndex()));
    Session session = record.sessions().get(at.sessionIndex());
    List<AgendaItem> items = new ArrayList<>(session.items().subList(0, at.itemIndex()));
    AgendaItem item = session.items().get(at.itemIndex());
    items.add(item.toBuilder().acts(item.acts().subList(0, location.index() - 1)).build());
    sessions.add(session.toBuilder().items(items).build());
    MeetingRecord acts =
        record.toBuilder()
            .sessions(sessions)
            .sources(List.of())
            .conclusion(Optional.empty())
            .build();
    List<Source> sources = new ArrayList<>();
    for (Source source : record.sources()) {
      List<String> facts =
          source.facts().stream().filter(f -> RecordPointers.resolves(acts, f)).toList();
      if (!facts.isEmpty()) {
        sources.add(source.toBuilder().facts(facts).build());
      }
    }
    return of(sources.isEmpty() ? acts : acts.toBuilder().sources(sources).build());
  }

  /**
   * Returns this record with {@code session} opened: the items and acts added next are its own.
   *
   * @param session the session as it opens: number, kind, title, date and attendance, no items
   * @throws IllegalArgumentException if {@code session} has items
   * @throws InvalidRecordException if its number does not follow the last session's, its date is
   *     outside the meeting, or its attendance names a participant the record does not define
   */
  public OpenRecord openSession(Session session) {
    requireNonNull(session, "session");
    checkArgument(
        session.items().isEmpty(),
        "session %s has items: open a session without them, then open its items one at a time",
        session.number());
    AdditionProblems problems = new AdditionProblems();
    index.checkSession(
        base.meeting(),
        sessionCount,
        session,
        this.session == null ? 0 : this.session.number(),
        problems);
    problems.throwIfAny();
    return session(session);
  }

  private OpenRecord session(Session opened) {
    return new OpenRecord(
        base,
        index,
        new Link(opened, entries),
        actsById,
        actCount,
        sessionCount + 1,
        opened,
        opened.date().orElse(base.meeting().startDate()),
        0,
        null,
        0,
        last);
  }

  /**
   * Returns this record with {@code item} opened in the current session: the acts added next are
   * its own.
   *
   * @param item the item as it is taken up: number, title and documents, no acts
   * @throws IllegalStateException if no session is open
   * @throws IllegalArgumentException if {@code item} has acts, or its number is not of the current
   *     session
   * @throws InvalidRecordException if it does not come after the session's last item, or names a
   *     document the record does not define
   */
  public OpenRecord openItem(AgendaItem item) {
    requireNonNull(item, "item");
    Session current = session;
    checkState(current != null, "no session is open: open a session before its items");
    checkArgument(
        item.acts().isEmpty(),
        "item %s has acts: open an item without them, then add its acts one at a time",
        item.number());
    // In the words of Session's own check, which a whole record's sessions pass.
    checkArgument(
        item.sessionNumber() == current.number(),
        "item %s is in session %s: its number must start with %s",
        item.number(),
        current.number(),
        current.number());
    AdditionProblems problems = new AdditionProblems();
    index.checkItem(
        sessionCount - 1, itemCount, item, this.item == null ? null : this.item.number(), problems);
    problems.throwIfAny();
    return item(item);
  }

  private OpenRecord item(AgendaItem opened) {
    return new OpenRecord(
        base,
        index,
        new Link(opened, entries),
        actsById,
        actCount,
        sessionCount,
        session,
        date,
        itemCount + 1,
        opened,
        0,
        last);
  }

  /**
   * Returns this record with {@code act} added at the end of the current item, in constant time.
   *
   * @throws IllegalStateException if no item is open
   * @throws InvalidRecordException if the act refers to a participant, person or document the
   *     record does not define or to an act not recorded before it (or of the wrong kind), names a
   *     person of another participant than its {@code by}, or has the id of an earlier act
   */
  public OpenRecord add(Act act) {
    return act(requireNonNull(act, "act"), null);
  }

  private OpenRecord act(Act act, @Nullable Edit edit) {
    Session currentSession = session;
    AgendaItem currentItem = item;
    checkState(
        currentSession != null && currentItem != null,
        "no agenda item is open: open a session and an item before their acts");
    RecordedAct recorded =
        new RecordedAct(
            act,
            currentSession,
            currentItem,
            sessionCount - 1,
            itemCount - 1,
            itemActs,
            actCount,
            date,
            index.actorOf(act));
    AdditionProblems problems = null;
    if (edit == null) {
      // A record being opened was checked when it was built.
      problems = new AdditionProblems(actsById);
      index.checkAct(recorded, problems, problems);
    }
    PersistentMap<String, RecordedAct> byId = actsById;
    if (act.id().isPresent()) {
      String id = act.id().get();
      byId = actsById.with(id, recorded, edit);
      // A map no bigger than before had the id already: one walk down the map, not two.
      if (problems != null && byId.size() == actsById.size()) {
        RecordIndex.duplicateId(recorded, requireNonNull(actsById.get(id)), problems);
      }
    }
    if (problems != null) {
      problems.throwIfAny();
    }
    return new OpenRecord(
        base,
        index,
        new Link(recorded, entries),
        byId,
        actCount + 1,
        sessionCount,
        currentSession,
        date,
        itemCount,
        currentItem,
        itemActs + 1,
        recorded);
  }

  /**
   * {@return the record so far, as a record: equal to the record built from the same sessions,
   * items and acts} Got in constant time; its acts are found by id at once, and its sessions and
   * list of acts are made when first asked for (each once).
   */
  public MeetingRecord record() {
    return view;
  }

  /** {@return the act added last, in its place} */
  public Optional<RecordedAct> lastAct() {
    return Optional.ofNullable(last);
  }

  /** {@return how many acts the record has} */
  public int actCount() {
    return actCount;
  }

  /** {@return the session open now, as it was opened (without items); empty before the first} */
  public Optional<Session> session() {
    return Optional.ofNullable(session);
  }

  /**
   * {@return the item open now, as it was opened (without acts); empty before the first item of the
   * current session}
   */
  public Optional<AgendaItem> item() {
    return Optional.ofNullable(item);
  }

  /** {@return where the next act would be recorded; empty while no item is open} */
  public Optional<ActLocation> nextLocation() {
    return item == null
        ? Optional.empty()
        : Optional.of(ActLocation.ofChecked(item.number(), itemActs + 1));
  }

  // What the record so far reads.

  MeetingRecord base() {
    return base;
  }

  RecordIndex index() {
    return index;
  }

  PersistentMap<String, RecordedAct> actsById() {
    return actsById;
  }

  @Nullable Link entries() {
    return entries;
  }

  /** Returns where the record is, such as {@code "MISPA V, open at 2.a#19"}. */
  @Override
  public String toString() {
    return base.meeting().name()
        + nextLocation().map(l -> ", open at " + l).orElse(", open for a session or item");
  }
}
