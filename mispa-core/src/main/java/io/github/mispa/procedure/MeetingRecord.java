package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of a meeting: the meeting, its participants, persons and documents, and its sessions
 * with their agenda items and acts in order. The aggregate everything else works on.
 *
 * <p>A record is consistent by construction: building one that refers to a participant, person,
 * document or earlier act it does not define, defines an id twice, or puts sessions or items out of
 * order, throws {@link InvalidRecordException} listing every problem with its place. Whether the
 * meeting followed its rules of procedure is a different question, answered by the rules engine
 * ({@code io.github.mispa.rules}).
 *
 * <pre>{@code
 * MeetingRecord record = MeetingRecord.builder()
 *     .meeting(meeting)
 *     .addParticipants(Participant.delegationOf(MemberState.COSTA_RICA), ...)
 *     .addPersons(pacheco, ...)
 *     .addSessions(opening, ...)
 *     .build();
 * record.act("nom-vice-chair").map(RecordedAct::location); // Optional[2.a#14]
 * }</pre>
 */
@Value.Immutable
public abstract class MeetingRecord {
  MeetingRecord() {}

  /** {@return the meeting} */
  public abstract Meeting meeting();

  /** {@return the participants: delegations, organs, observers, organizations, guests} */
  public abstract ImmutableList<Participant> participants();

  /** {@return the persons named in the record} */
  public abstract ImmutableList<Person> persons();

  /** {@return the documents of the meeting} */
  public abstract ImmutableList<Document> documents();

  /** {@return the sessions, in order} */
  public abstract ImmutableList<Session> sessions();

  // Built once with the record (and checked by check()); not part of its value.
  @Value.Derived
  @Value.Auxiliary
  RecordIndex index() {
    return new RecordIndex(meeting(), participants(), persons(), documents(), sessions());
  }

  /** {@return every act of the record, in order, with its place} */
  public final ImmutableList<RecordedAct> acts() {
    return index().acts;
  }

  /** {@return the participant with this id} */
  public final Optional<Participant> participant(String id) {
    return Optional.ofNullable(index().participants.get(requireNonNull(id, "id")));
  }

  /** {@return the person with this id} */
  public final Optional<Person> person(String id) {
    return Optional.ofNullable(index().persons.get(requireNonNull(id, "id")));
  }

  /** {@return the document with this id} */
  public final Optional<Document> document(String id) {
    return Optional.ofNullable(index().documents.get(requireNonNull(id, "id")));
  }

  /** {@return the documents of class {@code documentClass}, in the record's order} */
  public final ImmutableList<Document> documents(DocumentClass documentClass) {
    return index().documentsByClass.get(requireNonNull(documentClass, "documentClass"));
  }

  /** {@return the act with this id, in its place} */
  public final Optional<RecordedAct> act(String id) {
    return Optional.ofNullable(index().act(requireNonNull(id, "id")));
  }

  /** {@return the act at {@code location}, if the record has one there} */
  public final Optional<RecordedAct> act(ActLocation location) {
    requireNonNull(location, "location");
    Integer start = index().itemStarts.get(location.item());
    if (start == null) {
      return Optional.empty();
    }
    int ordinal = start + location.index() - 1;
    if (ordinal >= acts().size()) {
      return Optional.empty();
    }
    RecordedAct candidate = acts().get(ordinal);
    // Past the end of its item, the ordinal lands in the next item.
    return candidate.item().number().equals(location.item())
        ? Optional.of(candidate)
        : Optional.empty();
  }

  /**
   * The participant that did {@code act}: its {@code by}, or else the participant its person
   * belongs to. Empty for a decision declared by nobody named.
   */
  public final Optional<Participant> actorOf(Act act) {
    if (act.by().isPresent()) {
      return participant(act.by().get());
    }
    return act.person().flatMap(this::person).flatMap(p -> participant(p.participant()));
  }

  /** {@return the persons who hold a position for the participant with this id, in record order} */
  public final ImmutableList<Person> membersOf(String participantId) {
    requireNonNull(participantId, "participantId");
    return persons().stream()
        .filter(p -> p.holdsPositionFor(participantId))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return A builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return A builder initialized with this record's values, to derive a changed record} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    RecordIndex index = index();
    if (!index.problems.isEmpty()) {
      throw new InvalidRecordException(index.problems, index.problemCount);
    }
  }

  /** Builds a {@link MeetingRecord}. Requires the meeting. */
  public static final class Builder extends ImmutableMeetingRecord.Builder {
    Builder() {}
  }
}
