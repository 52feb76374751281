package io.github.mispa.examples.conformance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.model.Document;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Small changes to a record, from which the conformance cases are made: each returns a new record,
 * built (and so validated) like any other.
 */
public final class RecordEdits {
  private RecordEdits() {}

  /** Replaces the act with {@code id} by what {@code change} makes of it. */
  public static MeetingRecord replace(MeetingRecord record, String id, UnaryOperator<Act> change) {
    ActLocation at = locationOf(record, id);
    int index = at.index() - 1;
    return edit(record, at.item(), acts -> acts.set(index, change.apply(acts.get(index))));
  }

  /** Replaces the act at {@code location}. */
  public static MeetingRecord replace(MeetingRecord record, ActLocation location, Act act) {
    return edit(record, location.item(), acts -> acts.set(location.index() - 1, act));
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
    return edit(record, location.item(), list -> list.addAll(location.index() - 1, List.of(acts)));
  }

  /** Appends {@code acts} at the end of item {@code item}. */
  public static MeetingRecord append(MeetingRecord record, String item, Act... acts) {
    return edit(record, item, list -> list.addAll(List.of(acts)));
  }

  /** Removes the act with {@code id}. */
  public static MeetingRecord remove(MeetingRecord record, String id) {
    ActLocation at = locationOf(record, id);
    int index = at.index() - 1;
    return edit(record, at.item(), acts -> acts.remove(index));
  }

  /** {@return the act with {@code id}} */
  public static Act act(MeetingRecord record, String id) {
    return record
        .act(id)
        .map(RecordedAct::act)
        .orElseThrow(() -> new IllegalArgumentException("no act " + id));
  }

  /** {@return the act at {@code location}} */
  public static Act act(MeetingRecord record, ActLocation location) {
    return record
        .act(location)
        .map(RecordedAct::act)
        .orElseThrow(() -> new IllegalArgumentException("no act at " + location));
  }

  /** {@return the location of the act with {@code id}} */
  public static ActLocation locationOf(MeetingRecord record, String id) {
    return record
        .act(id)
        .map(RecordedAct::location)
        .orElseThrow(() -> new IllegalArgumentException("no act " + id));
  }

  /** France, a permanent observer, with one representative, "fra-1". */
  public static MeetingRecord withFrance(MeetingRecord record) {
    return record.toBuilder()
        .addParticipants(
            Participant.builder()
                .id("FRA")
                .kind(ParticipantKind.PERMANENT_OBSERVER)
                .name("France")
                .build())
        .addPersons(
            Person.builder().id("fra-1").name("Observer of France").participant("FRA").build())
        .build();
  }

  /** Adds the delegations of every member state the record lacks, Cuba included. */
  public static MeetingRecord withAllDelegations(MeetingRecord record) {
    MeetingRecord.Builder builder = record.toBuilder();
    for (MemberState state : MemberState.values()) {
      if (record.participant(state.alpha3()).isEmpty()) {
        builder.addParticipants(Participant.delegationOf(state));
      }
    }
    return builder.build();
  }

  /** Replaces the participant with {@code id} by what {@code change} makes of it. */
  public static MeetingRecord changeParticipant(
      MeetingRecord record, String id, UnaryOperator<Participant> change) {
    List<Participant> participants = new ArrayList<>();
    for (Participant p : record.participants()) {
      participants.add(p.id().equals(id) ? change.apply(p) : p);
    }
    return record.toBuilder().participants(participants).build();
  }

  /** Replaces the document with {@code id} by what {@code change} makes of it. */
  public static MeetingRecord changeDocument(
      MeetingRecord record, String id, UnaryOperator<Document> change) {
    List<Document> documents = new ArrayList<>();
    for (Document d : record.documents()) {
      documents.add(d.id().equals(id) ? change.apply(d) : d);
    }
    return record.toBuilder().documents(documents).build();
  }

  /** Replaces session {@code number} by what {@code change} makes of it. */
  public static MeetingRecord changeSession(
      MeetingRecord record, int number, UnaryOperator<Session> change) {
    List<Session> sessions = new ArrayList<>();
    for (Session s : record.sessions()) {
      sessions.add(s.number() == number ? change.apply(s) : s);
    }
    return record.toBuilder().sessions(sessions).build();
  }

  /** Session {@code number} with these participants present. */
  public static MeetingRecord withAttendance(
      MeetingRecord record, int number, List<String> present) {
    return changeSession(
        record, number, s -> s.toBuilder().attendance(ImmutableSet.copyOf(present)).build());
  }

  /** The meeting held on {@code start} and the next day. */
  public static MeetingRecord heldOn(MeetingRecord record, LocalDate start) {
    return record.toBuilder()
        .meeting(record.meeting().toBuilder().startDate(start).endDate(start.plusDays(1)).build())
        .build();
  }

  /** The first {@code n} member states in good standing on {@code date}, as delegation ids. */
  public static List<String> memberStates(int n, LocalDate date) {
    List<String> ids = new ArrayList<>();
    for (MemberState state : MemberState.values()) {
      if (ids.size() < n && state.isMemberInGoodStanding(date)) {
        ids.add(state.alpha3());
      }
    }
    if (ids.size() < n) {
      throw new IllegalArgumentException(
          "only " + ids.size() + " member states in good standing on " + date);
    }
    return ids;
  }

  /**
   * A tally of ballots on {@code date}: {@code votesFor} for and {@code votesAgainst} against, by
   * member states in good standing in code order.
   */
  public static Tally ballots(LocalDate date, int votesFor, int votesAgainst) {
    List<String> states = memberStates(votesFor + votesAgainst, date);
    Tally.Builder tally = Tally.builder();
    for (int i = 0; i < states.size(); i++) {
      tally.addBallots(Ballot.of(states.get(i), i < votesFor ? Vote.FOR : Vote.AGAINST));
    }
    return tally.build();
  }

  /** A tally with announced counts only. */
  public static Tally announced(int votesFor, int votesAgainst, int abstentions) {
    return Tally.builder()
        .announcedFor(votesFor)
        .announcedAgainst(votesAgainst)
        .announcedAbstentions(abstentions)
        .build();
  }

  private interface ActsEdit {
    void apply(List<Act> acts);
  }

  private static MeetingRecord edit(MeetingRecord record, String item, ActsEdit edit) {
    ImmutableList.Builder<Session> sessions = ImmutableList.builder();
    boolean found = false;
    for (Session session : record.sessions()) {
      ImmutableList.Builder<AgendaItem> items = ImmutableList.builder();
      for (AgendaItem i : session.items()) {
        if (i.number().equals(item)) {
          List<Act> acts = new ArrayList<>(i.acts());
          edit.apply(acts);
          items.add(i.toBuilder().acts(acts).build());
          found = true;
        } else {
          items.add(i);
        }
      }
      sessions.add(session.toBuilder().items(items.build()).build());
    }
    if (!found) {
      throw new IllegalArgumentException("no item " + item);
    }
    return record.toBuilder().sessions(sessions.build()).build();
  }
}
