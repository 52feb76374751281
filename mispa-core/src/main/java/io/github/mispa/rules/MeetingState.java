package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.internal.PersistentMap.Edit;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Office;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Motion;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.RequestNoted;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.Withdrawal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The procedural state at a point of a record, as a value: it never changes. It is made of parts
 * that each own their data — the place, who may decide, the officers, the motions, the documents,
 * the decisions, the hosting offers — and an act gives a new state that shares every part, and
 * every piece of a part, that the act did not change. Applying an act costs a few steps whatever
 * came before; a snapshot costs nothing.
 *
 * <p>Changes are made under an {@link Edit}: within one open edit, the parts' maps change in place
 * (the replay of a whole record), and closing the edit makes every state made under it immutable.
 */
final class MeetingState implements ProceduralState {
  private final MeetingRecord record;
  private final RuleSet ruleSet;

  /**
   * The edit this state was made under, while it is open: a state it owns is changed in place, as a
   * transient is, and nothing else ever sees it before the edit closes.
   */
  private final @Nullable Edit owner;

  private Place place;
  private Presence presence;
  private Officers officers;
  private Motions motions;
  private DocumentStates documents;
  private Decisions decisions;
  private Hosting hosting;

  private MeetingState(
      @Nullable Edit owner,
      MeetingRecord record,
      RuleSet ruleSet,
      Place place,
      Presence presence,
      Officers officers,
      Motions motions,
      DocumentStates documents,
      Decisions decisions,
      Hosting hosting) {
    this.owner = owner;
    this.record = record;
    this.ruleSet = ruleSet;
    this.place = place;
    this.presence = presence;
    this.officers = officers;
    this.motions = motions;
    this.documents = documents;
    this.decisions = decisions;
    this.hosting = hosting;
  }

  /** {@return the state before the first act of {@code record}} */
  static MeetingState initial(MeetingRecord record, RuleSet ruleSet) {
    String provisional =
        switch (ruleSet.provisionalPresidency()) {
          case PREVIOUS_CHAIR -> record.meeting().previous().flatMap(p -> p.chair()).orElse(null);
          case DESIGNATED_BY_HOST, CHAIR_BY_ROTATION ->
              record.meeting().designatedProvisionalPresident().orElse(null);
        };
    return new MeetingState(
        null,
        record,
        ruleSet,
        Place.START,
        Presence.none(record),
        Officers.presidedBy(provisional),
        Motions.NONE,
        DocumentStates.of(record),
        Decisions.NONE,
        Hosting.NONE);
  }

  private MeetingState with(
      Edit edit,
      Place place,
      Presence presence,
      Officers officers,
      Motions motions,
      DocumentStates documents,
      Decisions decisions,
      Hosting hosting) {
    if (owner == edit && edit.isOpen()) {
      this.place = place;
      this.presence = presence;
      this.officers = officers;
      this.motions = motions;
      this.documents = documents;
      this.decisions = decisions;
      this.hosting = hosting;
      return this;
    }
    return new MeetingState(
        edit.isOpen() ? edit : null,
        record,
        ruleSet,
        place,
        presence,
        officers,
        motions,
        documents,
        decisions,
        hosting);
  }

  /**
   * {@return this state over {@code longer}, a version of its record with more acts: a record
   * written as the meeting goes on ({@code LiveMeeting})}
   */
  MeetingState over(MeetingRecord longer, Edit edit) {
    return new MeetingState(
        edit.isOpen() ? edit : null,
        longer,
        ruleSet,
        place,
        presence,
        officers,
        motions,
        documents,
        decisions,
        hosting);
  }

  /** {@return this state moved to {@code act}'s place: done for every act, void or not} */
  MeetingState enter(RecordedAct act, Edit edit) {
    boolean first = place.session() != act.session();
    Presence who =
        first ? Presence.of(record, ruleSet, act.session(), act.date(), presence) : presence;
    Place next = place.enter(act, who, edit);
    return with(edit, next, who, officers, motions, documents, decisions, hosting);
  }

  /**
   * {@return this state after an act, void or not: a point of order waits one act for its ruling}
   */
  MeetingState afterAct(RecordedAct act, Edit edit) {
    if (motions.pointOfOrder() == null || act.act().kind() == ActKind.POINT_OF_ORDER) {
      return this;
    }
    return with(
        edit,
        place,
        presence,
        officers,
        motions.withPointOfOrder(null, edit),
        documents,
        decisions,
        hosting);
  }

  /** The kinds of act that are motions, found from their classes: one bit test per act. */
  private static final EnumSet<ActKind> MOTIONS =
      EnumSet.copyOf(
          Arrays.stream(ActKind.values())
              .filter(kind -> Motion.class.isAssignableFrom(kind.type()))
              .collect(Collectors.toSet()));

  /**
   * {@return this state with the effects of {@code act}, which no rule found void} Dispatched on
   * the act's kind, which names its class, so each cast below cannot fail: a chain of {@code
   * instanceof} tests, the interface {@code Motion} first, cost the replay a sixth of its time.
   */
  MeetingState apply(RecordedAct act, Edit edit) {
    Act a = act.act();
    ActKind kind = a.kind();
    if (MOTIONS.contains(kind)) {
      return a.id().isPresent() ? move(act, a, edit) : this;
    }
    return switch (kind) {
      case SECONDING -> update(((Seconding) a).of(), m -> m.secondedBy(actor(act)), edit);
      case SUPPORT -> update(((Support) a).of(), m -> m.supportedBy(actor(act)), edit);
      case OBJECTION -> update(((Objection) a).to(), m -> m.objectedToBy(actor(act)), edit);
      case WITHDRAWAL ->
          update(((Withdrawal) a).of(), m -> m.withStatus(MotionStatus.WITHDRAWN), edit);
      case REQUEST_NOTED -> noted((RequestNoted) a, edit);
      case POINT_OF_ORDER -> {
        Optional<String> id = a.id();
        yield withMotions(
            motions.withPointOfOrder(id.isPresent() ? id.get() : act.location().toString(), edit),
            edit);
      }
      case DECISION -> with(effects(edit).decide((Decision) a), edit);
      case ADOPTION -> with(effects(edit).adopt((Adoption) a), edit);
      // Speeches, reports, readings and the like leave the state as it was.
      default -> this;
    };
  }

  /** The participant that did {@code act}, or "" for nobody named. */
  private static String actor(RecordedAct act) {
    Participant by = act.actor().orElse(null);
    return by == null ? "" : by.id();
  }

  /** {@return this state with the motion {@code a}, which has an id, just moved} */
  private MeetingState move(RecordedAct act, Act a, Edit edit) {
    Participant by = act.actor().orElse(null);
    String sponsor = by == null ? null : by.id();
    ImmutableSet<String> sponsors = sponsor == null ? ImmutableSet.of() : ImmutableSet.of(sponsor);
    if (a instanceof Amendment amendment && !amendment.cosponsors().isEmpty()) {
      sponsors =
          ImmutableSet.<String>builder().addAll(sponsors).addAll(amendment.cosponsors()).build();
    }
    MotionState moved = MotionState.moved(a, act.location(), sponsor, sponsors);
    return withMotions(motions.moved(a.id().orElseThrow(), moved, edit), edit);
  }

  /** {@return this state with the requests {@code noted} took note of, if pending, noted} */
  private MeetingState noted(RequestNoted noted, Edit edit) {
    MeetingState state = this;
    for (String request : noted.requests()) {
      state =
          state.update(request, m -> m.isPending() ? m.withStatus(MotionStatus.NOTED) : m, edit);
    }
    return state;
  }

  private Effects effects(Edit edit) {
    return new Effects(record, edit, officers, motions, documents, decisions, hosting);
  }

  private MeetingState with(Effects effects, Edit edit) {
    return with(
        edit,
        place,
        presence,
        effects.officers,
        effects.motions,
        effects.documents,
        effects.decisions,
        effects.hosting);
  }

  private MeetingState withMotions(Motions changed, Edit edit) {
    return with(edit, place, presence, officers, changed, documents, decisions, hosting);
  }

  private MeetingState update(String id, UnaryOperator<MotionState> change, Edit edit) {
    MotionState motion = motions.get(id);
    return motion == null ? this : withMotions(motions.with(id, change.apply(motion), edit), edit);
  }

  // ---- ProceduralState

  @Override
  public MeetingRecord record() {
    return record;
  }

  @Override
  public RuleSet ruleSet() {
    return ruleSet;
  }

  @Override
  public Optional<Session> session() {
    return Optional.ofNullable(place.session());
  }

  @Override
  public boolean isFirstActOfSession() {
    return place.firstOfSession();
  }

  @Override
  public ImmutableSet<SessionKind> earlierSessionKinds() {
    return place.earlierSessionKinds();
  }

  @Override
  public Optional<String> presidingOfficer() {
    return Optional.ofNullable(officers.presiding());
  }

  @Override
  public Optional<String> provisionalPresident() {
    return Optional.ofNullable(officers.provisionalPresident());
  }

  @Override
  public boolean chairElected() {
    return !officers.holders(Office.CHAIR).isEmpty();
  }

  @Override
  public List<String> holders(Office office) {
    return officers.holders(requireNonNull(office, "office"));
  }

  @Override
  public Optional<Office> officeOf(String personId) {
    return Optional.ofNullable(officers.officeOf(requireNonNull(personId, "personId")));
  }

  @Override
  public boolean agendaAdopted() {
    return documents.agendaAdopted();
  }

  @Override
  public Optional<MotionState> motion(String id) {
    return Optional.ofNullable(motions.get(requireNonNull(id, "id")));
  }

  /** {@return the motions still pending, in the order of the record} */
  ImmutableList<MotionState> pendingMotions() {
    return motions.pending();
  }

  @Override
  public int pendingNominationCount(Office office) {
    return motions.pendingNominationCount(requireNonNull(office, "office"));
  }

  @Override
  public ImmutableList<MotionState> pendingNominations(Office office) {
    return motions.pendingNominations(requireNonNull(office, "office"), record);
  }

  @Override
  public DocumentStatus document(String id) {
    return documents.status(requireNonNull(id, "id"));
  }

  @Override
  public ImmutableSet<String> adoptedDocuments() {
    return documents.adopted();
  }

  @Override
  public ImmutableMap<Edition, String> acceptedOffers() {
    return hosting.accepted();
  }

  @Override
  public Optional<String> acceptedOffer(Edition edition) {
    return Optional.ofNullable(hosting.accepted(requireNonNull(edition, "edition")));
  }

  @Override
  public Optional<String> pointOfOrderAwaitingRuling() {
    return Optional.ofNullable(motions.pointOfOrder());
  }

  @Override
  public Eligibility eligibility(String participantId) {
    return presence.eligibility(requireNonNull(participantId, "participantId"));
  }

  @Override
  public int memberStates() {
    return presence.memberStates();
  }

  @Override
  public OptionalInt memberStatesPresent() {
    return presence.present() < 0 ? OptionalInt.empty() : OptionalInt.of(presence.present());
  }

  @Override
  public Optional<VoteCount> voteCount() {
    return Optional.ofNullable(place.voteCount());
  }

  @Override
  public boolean reconsidered(String decisionId) {
    return decisions.reconsidered(requireNonNull(decisionId, "decisionId"));
  }

  /** Returns where the state is. */
  @Override
  public String toString() {
    RecordedAct act = place.act();
    return "state of "
        + record.meeting().name()
        + (act == null ? " before its first act" : " at " + act.location());
  }
}
