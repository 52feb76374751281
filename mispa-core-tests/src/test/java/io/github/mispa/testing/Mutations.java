package io.github.mispa.testing;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Document;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Tally;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Changes to the MISPA V record beyond its acts: participants, dates, attendance, documents. The
 * edits are those the conformance cases are made with ({@link RecordEdits}, in mispa-testing);
 * these names keep the rule tests short.
 */
public final class Mutations {
  private Mutations() {}

  /** France, a permanent observer, with one representative, "fra-1". */
  public static MeetingRecord withFrance(MeetingRecord record) {
    return RecordEdits.withFrance(record);
  }

  /** A delegation for every member state the record does not list yet. */
  public static MeetingRecord withAllDelegations(MeetingRecord record) {
    return RecordEdits.withAllDelegations(record);
  }

  /** Replaces the participant with {@code id} by what {@code change} makes of it. */
  public static MeetingRecord changeParticipant(
      MeetingRecord record, String id, UnaryOperator<Participant> change) {
    return RecordEdits.changeParticipant(record, id, change);
  }

  /** Replaces the document with {@code id} by what {@code change} makes of it. */
  public static MeetingRecord changeDocument(
      MeetingRecord record, String id, UnaryOperator<Document> change) {
    return RecordEdits.changeDocument(record, id, change);
  }

  /** Replaces session {@code number} by what {@code change} makes of it. */
  public static MeetingRecord changeSession(
      MeetingRecord record, int number, UnaryOperator<Session> change) {
    return RecordEdits.changeSession(record, number, change);
  }

  /** Records the attendance of session {@code number}. */
  public static MeetingRecord withAttendance(
      MeetingRecord record, int number, List<String> present) {
    return RecordEdits.withAttendance(record, number, present);
  }

  /** Moves the meeting to two days from {@code start}. */
  public static MeetingRecord heldOn(MeetingRecord record, LocalDate start) {
    return RecordEdits.heldOn(record, start);
  }

  /** The ids of the first {@code n} member states in good standing on {@code date}. */
  public static List<String> memberStates(int n, LocalDate date) {
    return RecordEdits.memberStates(n, date);
  }

  /** A tally with ballots: {@code votesFor} for and {@code votesAgainst} against, in code order. */
  public static Tally ballots(int votesFor, int votesAgainst) {
    return RecordEdits.ballots(MispaV.record().meeting().startDate(), votesFor, votesAgainst);
  }

  /** A tally with announced counts only. */
  public static Tally announced(int votesFor, int votesAgainst, int abstentions) {
    return RecordEdits.announced(votesFor, votesAgainst, abstentions);
  }

  /** Does nothing: a readable stand-in where a test needs an act list. */
  public static Act[] acts(Act... acts) {
    return acts;
  }
}
