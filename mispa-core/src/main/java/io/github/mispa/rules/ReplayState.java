package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Edition;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Office;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActVisitor;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Instruction;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.MinuteOfSilence;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.PointOfOrder;
import io.github.mispa.procedure.Presentation;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Reading;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Report;
import io.github.mispa.procedure.Request;
import io.github.mispa.procedure.RequestNoted;
import io.github.mispa.procedure.Ruling;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Speech;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.Withdrawal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The procedural state, updated act by act. Rules see it read-only through {@link ProceduralState};
 * {@link #copy()} gives a snapshot that never changes. Every update is a few hash operations, so a
 * replay is linear in the number of acts.
 */
final class ReplayState implements ProceduralState {
  private final MeetingRecord record;
  private final RuleSet ruleSet;
  private final @Nullable String provisionalPresident;

  private @Nullable Session session;
  private boolean firstActOfSession;
  private final Set<SessionKind> earlierSessionKinds;

  /** An immutable copy of {@link #earlierSessionKinds}, renewed when a session starts. */
  private ImmutableSet<SessionKind> earlierSessionKindsView = ImmutableSet.of();

  private final Map<Office, List<String>> holders;
  private final Map<String, Office> offices;
  private boolean agendaAdopted;
  private final Map<String, MotionState> motions;

  /** Pending nominations by office, so that an acclamation can count candidates in O(1). */
  private final Map<Office, Set<String>> pendingNominations;

  private final Map<String, DocumentStatus> documents;

  /**
   * The ids of documents in the order they came to be adopted: a document is appended when it
   * becomes adopted, not when it stays so, and its last entry counts. A list rather than an ordered
   * set, because appending costs no hashing: on records of a million acts the set's table no longer
   * fits in the processor's cache and each insertion missed it.
   */
  private final List<String> adoptions;

  /** The record's agenda documents, found once: the only documents that move the agenda. */
  private final ImmutableSet<String> agendas;

  private final Map<Edition, String> acceptedOffers;
  private @Nullable String pointOfOrder;

  /** What each standing decision decided, so that a reconsideration can reopen it. */
  /**
   * The ids of the decisions that took effect and have not been reconsidered. What each decided is
   * read back from the record if it is reopened, rather than kept for every decision.
   */
  private final Set<String> standingDecisions;

  private final Set<String> reconsidered;
  private @Nullable RecordedAct current;
  private final Effects effects = new Effects();

  /**
   * The state and eligibility of each participant on the current session's day: set per session.
   */
  private final Map<String, Eligibility> eligibility = new HashMap<>();

  private final Map<String, MemberState> stateOfParticipant = new HashMap<>();

  /** Member states in good standing, and present, on the current session's day: set per session. */
  private int memberStates;

  private int memberStatesPresent = -1;

  /** The current act's vote count, counted when first asked for. */
  private @Nullable VoteCount voteCount;

  private boolean voteCounted;

  /** The motions and documents one decision decided. */
  ReplayState(MeetingRecord record, RuleSet ruleSet) {
    this.record = record;
    this.ruleSet = ruleSet;
    this.provisionalPresident =
        switch (ruleSet.provisionalPresidency()) {
          case PREVIOUS_CHAIR -> record.meeting().previous().flatMap(p -> p.chair()).orElse(null);
          case DESIGNATED_BY_HOST -> record.meeting().designatedProvisionalPresident().orElse(null);
        };
    this.earlierSessionKinds = EnumSet.noneOf(SessionKind.class);
    this.holders = new EnumMap<>(Office.class);
    this.offices = new HashMap<>();
    // Sized so that the maps never grow while they fill: at most one motion per act, one status
    // per document. Growing them copies every entry, which costs more than the space it saves.
    this.motions = new HashMap<>(Math.max(16, record.acts().size()));
    this.pendingNominations = new EnumMap<>(Office.class);
    this.documents = new HashMap<>(Math.max(16, record.documents().size() * 2));
    this.adoptions = new ArrayList<>();
    ImmutableSet.Builder<String> agendas = ImmutableSet.builder();
    for (Document document : record.documents()) {
      if (document.documentClass() == DocumentClass.AGENDA) {
        agendas.add(document.id());
      }
    }
    this.agendas = agendas.build();
    this.acceptedOffers = new TreeMap<>();
    this.standingDecisions = new HashSet<>();
    this.reconsidered = new HashSet<>();
  }

  private ReplayState(ReplayState other) {
    this.record = other.record;
    this.ruleSet = other.ruleSet;
    this.provisionalPresident = other.provisionalPresident;
    this.session = other.session;
    this.firstActOfSession = other.firstActOfSession;
    this.earlierSessionKinds = EnumSet.noneOf(SessionKind.class);
    this.earlierSessionKinds.addAll(other.earlierSessionKinds);
    this.earlierSessionKindsView = other.earlierSessionKindsView;
    this.holders = new EnumMap<>(Office.class);
    other.holders.forEach((office, persons) -> holders.put(office, new ArrayList<>(persons)));
    this.offices = new HashMap<>(other.offices);
    this.agendaAdopted = other.agendaAdopted;
    this.motions = new HashMap<>(other.motions);
    this.pendingNominations = new EnumMap<>(Office.class);
    other.pendingNominations.forEach(
        (office, ids) -> pendingNominations.put(office, new LinkedHashSet<>(ids)));
    this.documents = new HashMap<>(other.documents);
    this.adoptions = new ArrayList<>(other.adoptions);
    this.agendas = other.agendas;
    this.acceptedOffers = new TreeMap<>(other.acceptedOffers);
    this.pointOfOrder = other.pointOfOrder;
    this.standingDecisions = new HashSet<>(other.standingDecisions);
    this.reconsidered = new HashSet<>(other.reconsidered);
    this.current = other.current;
    this.memberStates = other.memberStates;
    this.memberStatesPresent = other.memberStatesPresent;
    this.voteCount = other.voteCount;
    this.voteCounted = other.voteCounted;
  }

  /** A snapshot that later updates of this state do not change. */
  ReplayState copy() {
    return new ReplayState(this);
  }

  /** Moves to {@code act}'s place: its session. Done for every act, void or not. */
  void enter(RecordedAct act) {
    Session next = act.session();
    firstActOfSession = session != next;
    if (firstActOfSession && session != null) {
      earlierSessionKinds.add(session.kind());
      earlierSessionKindsView = Sets.immutableEnumSet(earlierSessionKinds);
    }
    session = next;
    current = act;
    voteCount = null;
    voteCounted = false;
    if (firstActOfSession) {
      countMemberStates(next, act.date());
    }
  }

  /** Counts, once per session, the member states of its day and those its attendance shows. */
  private void countMemberStates(Session session, java.time.LocalDate date) {
    memberStates = VoteCount.memberStates(date, ruleSet.disputedStanding());
    eligibility.clear();
    for (Participant participant : record.participants()) {
      eligibility.put(
          participant.id(),
          Eligibility.of(Optional.of(participant), date, ruleSet.disputedStanding()));
      participant.state().ifPresent(s -> stateOfParticipant.put(participant.id(), s));
    }
    memberStatesPresent = -1;
    if (session.attendance().isPresent()) {
      Set<MemberState> present = EnumSet.noneOf(MemberState.class);
      for (String id : session.attendance().get()) {
        Optional<Participant> participant = record.participant(id);
        if (Eligibility.of(participant, date, ruleSet.disputedStanding()) == Eligibility.ELIGIBLE) {
          participant.flatMap(Participant::state).ifPresent(present::add);
        }
      }
      memberStatesPresent = present.size();
    }
  }

  /** Applies the effects of {@code act}, which no rule found void. */
  void apply(RecordedAct act) {
    act.act().accept(effects);
  }

  /** Called after an act, void or not: a point of order waits one act for its ruling. */
  void afterAct(RecordedAct act) {
    if (!(act.act() instanceof PointOfOrder)) {
      pointOfOrder = null;
    }
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
    return Optional.ofNullable(session);
  }

  @Override
  public boolean isFirstActOfSession() {
    return firstActOfSession;
  }

  @Override
  public ImmutableSet<SessionKind> earlierSessionKinds() {
    return earlierSessionKindsView;
  }

  @Override
  public Optional<String> presidingOfficer() {
    List<String> chair = holders.get(Office.CHAIR);
    if (chair != null && !chair.isEmpty()) {
      return Optional.of(chair.get(0));
    }
    return Optional.ofNullable(provisionalPresident);
  }

  @Override
  public Optional<String> provisionalPresident() {
    return Optional.ofNullable(provisionalPresident);
  }

  @Override
  public boolean chairElected() {
    List<String> chair = holders.get(Office.CHAIR);
    return chair != null && !chair.isEmpty();
  }

  @Override
  public ImmutableList<String> holders(Office office) {
    List<String> persons = holders.get(requireNonNull(office, "office"));
    return persons == null ? ImmutableList.of() : ImmutableList.copyOf(persons);
  }

  @Override
  public Optional<Office> officeOf(String personId) {
    return Optional.ofNullable(offices.get(requireNonNull(personId, "personId")));
  }

  @Override
  public boolean agendaAdopted() {
    return agendaAdopted;
  }

  @Override
  public Optional<MotionState> motion(String id) {
    return Optional.ofNullable(motions.get(requireNonNull(id, "id")));
  }

  @Override
  public int pendingNominationCount(Office office) {
    Set<String> ids = pendingNominations.get(requireNonNull(office, "office"));
    return ids == null ? 0 : ids.size();
  }

  @Override
  public ImmutableList<MotionState> pendingNominations(Office office) {
    Set<String> ids = pendingNominations.get(requireNonNull(office, "office"));
    if (ids == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<MotionState> pending = ImmutableList.builder();
    for (String id : ids) {
      pending.add(requireNonNull(motions.get(id)));
    }
    return pending.build();
  }

  @Override
  public DocumentStatus document(String id) {
    return documents.getOrDefault(requireNonNull(id, "id"), DocumentStatus.DRAFT);
  }

  @Override
  public ImmutableSet<String> adoptedDocuments() {
    Map<String, Integer> last = new HashMap<>();
    for (int i = 0; i < adoptions.size(); i++) {
      last.put(adoptions.get(i), i);
    }
    ImmutableSet.Builder<String> adopted = ImmutableSet.builder();
    for (int i = 0; i < adoptions.size(); i++) {
      String id = adoptions.get(i);
      if (last.getOrDefault(id, -1) == i && documents.get(id) == DocumentStatus.ADOPTED) {
        adopted.add(id);
      }
    }
    return adopted.build();
  }

  @Override
  public ImmutableMap<Edition, String> acceptedOffers() {
    return ImmutableMap.copyOf(acceptedOffers);
  }

  @Override
  public Optional<String> pointOfOrderAwaitingRuling() {
    return Optional.ofNullable(pointOfOrder);
  }

  @Override
  public Eligibility eligibility(String participantId) {
    return eligibility.getOrDefault(
        requireNonNull(participantId, "participantId"), Eligibility.NOT_A_DELEGATION);
  }

  @Override
  public int memberStates() {
    return memberStates;
  }

  @Override
  public OptionalInt memberStatesPresent() {
    return memberStatesPresent < 0 ? OptionalInt.empty() : OptionalInt.of(memberStatesPresent);
  }

  @Override
  public Optional<VoteCount> voteCount() {
    if (!voteCounted && current != null && current.act() instanceof DecisionAct decision) {
      voteCount =
          decision
              .tally()
              .map(
                  t ->
                      VoteCount.count(
                          t,
                          stateOfParticipant::get,
                          id -> eligibility.getOrDefault(id, Eligibility.NOT_A_DELEGATION)))
              .orElse(null);
      voteCounted = true;
    }
    return Optional.ofNullable(voteCount);
  }

  @Override
  public boolean reconsidered(String decisionId) {
    return reconsidered.contains(requireNonNull(decisionId, "decisionId"));
  }

  // ---- Effects of acts

  private RecordedAct current() {
    return requireNonNull(current, "no act entered");
  }

  private ReplayState move(Act act, ImmutableList<String> cosponsors) {
    String sponsor = current().actor().map(Participant::id).orElse(null);
    ImmutableSet<String> sponsors;
    if (cosponsors.isEmpty()) {
      sponsors = sponsor == null ? ImmutableSet.of() : ImmutableSet.of(sponsor);
    } else {
      ImmutableSet.Builder<String> builder = ImmutableSet.builder();
      if (sponsor != null) {
        builder.add(sponsor);
      }
      sponsors = builder.addAll(cosponsors).build();
    }
    act.id()
        .ifPresent(
            id -> putMotion(id, MotionState.moved(act, current().location(), sponsor, sponsors)));
    return this;
  }

  private String actor() {
    // The act being applied is the current one, whose actor the record resolved once.
    return current().actor().map(Participant::id).orElse("");
  }

  private void updateMotion(String id, java.util.function.UnaryOperator<MotionState> change) {
    MotionState motion = motions.get(id);
    if (motion != null) {
      putMotion(id, change.apply(motion));
    }
  }

  private void putMotion(String id, MotionState motion) {
    motions.put(id, motion);
    if (motion.act() instanceof Nomination nomination) {
      Set<String> pending =
          pendingNominations.computeIfAbsent(nomination.office(), o -> new LinkedHashSet<>());
      if (motion.isPending()) {
        pending.add(id);
      } else {
        pending.remove(id);
      }
    }
  }

  /**
   * The effects of each kind of act on this state. A private visitor rather than methods of the
   * state, so that the state handed to rules and callers cannot be changed through them.
   */
  private final class Effects implements ActVisitor<ReplayState> {
    @Override
    public ReplayState visitSpeech(Speech speech) {
      return ReplayState.this;
    }

    @Override
    public ReplayState visitMinuteOfSilence(MinuteOfSilence minuteOfSilence) {
      return ReplayState.this;
    }

    @Override
    public ReplayState visitPresentation(Presentation presentation) {
      return ReplayState.this;
    }

    @Override
    public ReplayState visitReport(Report report) {
      return ReplayState.this;
    }

    @Override
    public ReplayState visitIntervention(Intervention intervention) {
      return ReplayState.this;
    }

    @Override
    public ReplayState visitReading(Reading reading) {
      return ReplayState.this;
    }

    @Override
    public ReplayState visitNomination(Nomination nomination) {
      return move(nomination, ImmutableList.of());
    }

    @Override
    public ReplayState visitSeconding(Seconding seconding) {
      updateMotion(seconding.of(), m -> m.secondedBy(actor()));
      return ReplayState.this;
    }

    @Override
    public ReplayState visitSupport(Support support) {
      updateMotion(support.of(), m -> m.supportedBy(actor()));
      return ReplayState.this;
    }

    @Override
    public ReplayState visitObjection(Objection objection) {
      updateMotion(objection.to(), m -> m.objectedToBy(actor()));
      return ReplayState.this;
    }

    @Override
    public ReplayState visitProposal(Proposal proposal) {
      return move(proposal, ImmutableList.of());
    }

    @Override
    public ReplayState visitAmendment(Amendment amendment) {
      return move(amendment, amendment.cosponsors());
    }

    @Override
    public ReplayState visitWithdrawal(Withdrawal withdrawal) {
      updateMotion(withdrawal.of(), m -> m.withStatus(MotionStatus.WITHDRAWN));
      return ReplayState.this;
    }

    @Override
    public ReplayState visitHostingOffer(HostingOffer hostingOffer) {
      return move(hostingOffer, ImmutableList.of());
    }

    @Override
    public ReplayState visitInstruction(Instruction instruction) {
      return ReplayState.this;
    }

    @Override
    public ReplayState visitRequest(Request request) {
      return move(request, ImmutableList.of());
    }

    @Override
    public ReplayState visitRequestNoted(RequestNoted requestNoted) {
      for (String request : requestNoted.requests()) {
        updateMotion(request, m -> m.isPending() ? m.withStatus(MotionStatus.NOTED) : m);
      }
      return ReplayState.this;
    }

    @Override
    public ReplayState visitPointOfOrder(PointOfOrder pointOfOrder) {
      ReplayState.this.pointOfOrder = pointOfOrder.id().orElse(current().location().toString());
      return ReplayState.this;
    }

    @Override
    public ReplayState visitRuling(Ruling ruling) {
      return ReplayState.this;
    }

    @Override
    public ReplayState visitAppeal(Appeal appeal) {
      return move(appeal, ImmutableList.of());
    }

    @Override
    public ReplayState visitReconsideration(Reconsideration reconsideration) {
      return move(reconsideration, ImmutableList.of());
    }

    @Override
    public ReplayState visitDecision(Decision decision) {
      boolean approved = decision.outcome() == Outcome.APPROVED;
      MotionStatus status = approved ? MotionStatus.APPROVED : MotionStatus.REJECTED;
      for (String id : decision.on()) {
        MotionState motion = motions.get(id);
        if (motion == null) {
          continue;
        }
        putMotion(id, motion.withStatus(status));
        Act act = motion.act();
        if (act instanceof Proposal proposal && proposal.document().isPresent()) {
          String document = proposal.document().get();
          setDocument(document, approved ? DocumentStatus.ADOPTED : DocumentStatus.REJECTED);
        }
        if (!approved) {
          continue;
        }
        if (act instanceof Nomination nomination) {
          holders
              .computeIfAbsent(nomination.office(), o -> new ArrayList<>())
              .add(nomination.nominee());
          offices.putIfAbsent(nomination.nominee(), nomination.office());
        } else if (act instanceof HostingOffer offer) {
          acceptedOffers.putIfAbsent(offer.edition(), id);
        } else if (act instanceof Reconsideration reconsideration) {
          reopen(reconsideration.of());
        }
      }
      if (approved) {
        for (String amendment : decision.incorporating()) {
          updateMotion(amendment, m -> m.withStatus(MotionStatus.APPROVED));
        }
      }
      decision.id().ifPresent(standingDecisions::add);
      return ReplayState.this;
    }

    @Override
    public ReplayState visitAdoption(Adoption adoption) {
      boolean approved = adoption.outcome() == Outcome.APPROVED;
      for (String document : adoption.documents()) {
        setDocument(document, approved ? DocumentStatus.ADOPTED : DocumentStatus.REJECTED);
      }
      adoption.id().ifPresent(standingDecisions::add);
      return ReplayState.this;
    }
  }

  private void setDocument(String id, DocumentStatus status) {
    DocumentStatus previous = documents.put(id, status);
    if (status == DocumentStatus.ADOPTED && previous != DocumentStatus.ADOPTED) {
      adoptions.add(id);
    }
    if (agendas.contains(id)) {
      agendaAdopted = status == DocumentStatus.ADOPTED || anyAgendaAdopted();
    }
  }

  private boolean anyAgendaAdopted() {
    for (String id : agendas) {
      if (documents.get(id) == DocumentStatus.ADOPTED) {
        return true;
      }
    }
    return false;
  }

  /**
   * A carried reconsideration reopens what the decision decided: motions pending, documents drafts.
   */
  private void reopen(String decisionId) {
    if (!standingDecisions.remove(decisionId)) {
      return;
    }
    reconsidered.add(decisionId);
    Act decided = record.act(decisionId).map(RecordedAct::act).orElseThrow();
    List<String> reopenedDocuments = new ArrayList<>();
    if (decided instanceof Adoption adoption) {
      reopenedDocuments.addAll(adoption.documents());
    } else if (decided instanceof Decision decision) {
      for (String id : decision.on()) {
        MotionState motion = motions.get(id);
        if (motion == null) {
          continue;
        }
        putMotion(id, motion.withStatus(MotionStatus.PENDING));
        if (motion.act() instanceof Proposal proposal) {
          proposal.document().ifPresent(reopenedDocuments::add);
        } else if (motion.act() instanceof Nomination nomination) {
          List<String> persons = holders.get(nomination.office());
          if (persons != null) {
            persons.remove(nomination.nominee());
          }
          offices.remove(nomination.nominee(), nomination.office());
        } else if (motion.act() instanceof HostingOffer offer) {
          acceptedOffers.remove(offer.edition(), id);
        }
      }
    }
    for (String document : reopenedDocuments) {
      documents.put(document, DocumentStatus.DRAFT);
    }
    agendaAdopted = anyAgendaAdopted();
  }
}
