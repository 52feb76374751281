package io.github.mispa.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.model.PreviousMeeting;
import io.github.mispa.model.Venue;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.ProposalKind;
import io.github.mispa.procedure.ReportKind;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.SpeechForm;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The types the module binds, each with how to read and write it: the record and every part of it
 * that has a form of its own in the wire format, and the enums with their wire names.
 */
final class Parts {
  /** A type the module binds, with its reader and writer. */
  record Part<T>(
      Class<T> type, Function<RecordReader, T> reader, BiConsumer<RecordWriter, T> writer) {}

  private static final ImmutableList<Part<?>> PARTS =
      ImmutableList.of(
          new Part<>(MeetingRecord.class, RecordReader::record, RecordWriter::record),
          new Part<>(Meeting.class, RecordReader::meeting, RecordWriter::meeting),
          new Part<>(PreviousMeeting.class, RecordReader::previous, RecordWriter::previous),
          new Part<>(MeetingSeries.class, RecordReader::series, RecordWriter::series),
          new Part<>(Venue.class, RecordReader::venue, RecordWriter::venue),
          new Part<>(Edition.class, RecordReader::edition, RecordWriter::edition),
          new Part<>(DocumentSymbol.class, RecordReader::symbol, RecordWriter::symbol),
          new Part<>(Participant.class, RecordReader::participant, RecordWriter::participant),
          new Part<>(Person.class, RecordReader::person, RecordWriter::person),
          new Part<>(Document.class, RecordReader::document, RecordWriter::document),
          new Part<>(Session.class, RecordReader::session, RecordWriter::session),
          new Part<>(AgendaItem.class, RecordReader::item, RecordWriter::item),
          new Part<>(Tally.class, RecordReader::tally, RecordWriter::tally),
          new Part<>(Ballot.class, RecordReader::ballot, RecordWriter::ballot));

  private static final ImmutableMap<Class<?>, WireEnum<?>> ENUMS =
      ImmutableMap.<Class<?>, WireEnum<?>>builder()
          .put(ActKind.class, Wire.ACT_TYPE)
          .put(MemberState.class, Wire.MEMBER_STATE)
          .put(OfficialLanguage.class, Wire.LANGUAGE)
          .put(ParticipantKind.class, Wire.PARTICIPANT_KIND)
          .put(DocumentClass.class, Wire.DOCUMENT_CLASS)
          .put(Office.class, Wire.OFFICE)
          .put(SessionKind.class, Wire.SESSION_KIND)
          .put(DecisionMethod.class, Wire.DECISION_METHOD)
          .put(Outcome.class, Wire.OUTCOME)
          .put(Vote.class, Wire.VOTE)
          .put(AmendmentChange.class, Wire.AMENDMENT_CHANGE)
          .put(ProposalKind.class, Wire.PROPOSAL_KIND)
          .put(ReportKind.class, Wire.REPORT_KIND)
          .put(SpeechForm.class, Wire.SPEECH_FORM)
          .buildOrThrow();

  private Parts() {}

  /**
   * Returns the part for values of class {@code raw}: an act of any kind, or a value of one of the
   * part types or a subclass (the model's generated implementations); null for any other class.
   */
  static @Nullable Part<?> find(Class<?> raw) {
    if (Act.class.isAssignableFrom(raw)) {
      return act(raw.asSubclass(Act.class));
    }
    for (Part<?> part : PARTS) {
      if (part.type().isAssignableFrom(raw)) {
        return part;
      }
    }
    return null;
  }

  private static <A extends Act> Part<A> act(Class<A> type) {
    return new Part<>(type, r -> r.act(type), RecordWriter::act);
  }

  /** {@return the wire names of the enum {@code raw}, or null if it is none of the model's} */
  static @Nullable WireEnum<?> findEnum(Class<?> raw) {
    return ENUMS.get(raw);
  }
}
