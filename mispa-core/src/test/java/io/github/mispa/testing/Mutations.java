package io.github.mispa.testing;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.examples.MispaV;
import io.github.mispa.model.Document;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Changes to the MISPA V record beyond its acts: participants, dates, attendance, documents. */
public final class Mutations {
  private Mutations() {}

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

  /** The meeting held on {@code start} and the next day: MISPA V moved in time. */
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

  /** A tally with ballots: {@code votesFor} for and {@code votesAgainst} against, in code order. */
  public static Tally ballots(int votesFor, int votesAgainst) {
    List<String> states =
        memberStates(votesFor + votesAgainst, MispaV.record().meeting().startDate());
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

  /** Does nothing: a readable stand-in where a test needs an act list. */
  public static Act[] acts(Act... acts) {
    return acts;
  }
}
