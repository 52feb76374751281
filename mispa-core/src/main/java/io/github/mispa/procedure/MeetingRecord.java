package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mispa.internal.Checks;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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

  /**
   * {@return where facts that are not in the record's main source come from, each with the JSON
   * Pointers of the fields that hold them}
   */
  public abstract ImmutableList<Source> sources();

  /**
   * The closing words of the record's source that belong to no session: the rapporteur's conclusion
   * and acknowledgements, in the record's own words.
   */
  public abstract Optional<String> conclusion();

  // Built once with the record (and checked by check()); not part of its value.
  @Value.Derived
  @Value.Auxiliary
  RecordIndex index() {
    return new RecordIndex(meeting(), participants(), persons(), documents(), sessions());
  }

  /** {@return every act of the record, in order, with its place} */
  public final ImmutableList<RecordedAct> acts() {
    return actsInOrder();
  }

  // The acts of a record are looked up through these three, which a record being written
  // (OpenRecord's view) answers from its own tables; everything else comes from index().

  ImmutableList<RecordedAct> actsInOrder() {
    return index().acts;
  }

  @Nullable RecordedAct actWithId(String id) {
    return index().act(id);
  }

  @Nullable Integer itemStart(String item) {
    return index().itemStarts.get(item);
  }

  /** {@return the participant with this id} */
  public final Optional<Participant> participant(String id) {
    return index().participant(requireNonNull(id, "id"));
  }

  /**
   * {@return the accredited member-state delegations, each participant id with its state: those
   * that may vote, standing permitting}
   */
  public final ImmutableMap<String, MemberState> accreditedDelegations() {
    return index().accreditedDelegations;
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
    return Optional.ofNullable(actWithId(requireNonNull(id, "id")));
  }

  /** {@return the act at {@code location}, if the record has one there} */
  public final Optional<RecordedAct> act(ActLocation location) {
    requireNonNull(location, "location");
    Integer start = itemStart(location.item());
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
    return index().actorOf(requireNonNull(act, "act"));
  }

  /** {@return the persons who hold a position for the participant with this id, in record order} */
  public final ImmutableList<Person> membersOf(String participantId) {
    requireNonNull(participantId, "participantId");
    return persons().stream()
        .filter(p -> p.holdsPositionFor(participantId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether {@code o} is a record with the same meeting, participants, persons, documents,
   * sessions, sources and conclusion. A record being written ({@link OpenRecord#record()}) equals
   * the record built from the same parts.
   */
  @Override
  public final boolean equals(@Nullable Object o) {
    return this == o
        || (o instanceof MeetingRecord other
            && meeting().equals(other.meeting())
            && participants().equals(other.participants())
            && persons().equals(other.persons())
            && documents().equals(other.documents())
            && sessions().equals(other.sessions())
            && sources().equals(other.sources())
            && conclusion().equals(other.conclusion()));
  }

  @Override
  public final int hashCode() {
    return Objects.hash(
        meeting(), participants(), persons(), documents(), sessions(), sources(), conclusion());
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this record's values, to derive a changed record} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    RecordIndex index = index();
    conclusion().ifPresent(c -> Checks.nonBlank("conclusion", c));
    ImmutableList<RecordProblem> problems = index.problems;
    int count = index.problemCount;
    if (!sources().isEmpty()) {
      ImmutableList.Builder<RecordProblem> all = ImmutableList.builder();
      all.addAll(problems);
      for (int s = 0; s < sources().size(); s++) {
        ImmutableList<String> facts = sources().get(s).facts();
        for (int f = 0; f < facts.size(); f++) {
          if (!RecordPointers.resolves(this, facts.get(f))) {
            count++;
            if (count <= InvalidRecordException.MAX_PROBLEMS) {
              all.add(
                  RecordProblem.of(
                      "/sources/" + s + "/facts/" + f,
                      "the source of "
                          + sources().get(s).about()
                          + " names "
                          + facts.get(f)
                          + ", which the record does not have"));
            }
          }
        }
      }
      problems = all.build();
    }
    if (!problems.isEmpty()) {
      throw new InvalidRecordException(problems, count);
    }
  }

  /** Builds a {@link MeetingRecord}. Requires the meeting. */
  public static final class Builder extends ImmutableMeetingRecord.Builder {
    Builder() {}
  }
}
