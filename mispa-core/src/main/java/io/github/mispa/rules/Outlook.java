package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Office;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Support;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What may happen next in a live meeting, as values: the motions pending and who may second,
 * support, amend or object to each, the votes that would carry each if it were put to a vote, the
 * offices still to fill, the documents still to adopt, whether the agenda is adopted, who presides.
 *
 * <p>Who may do what is not worked out by a rule of its own: each participant's act is checked as
 * if it were applied now ({@link LiveMeeting#dryRun}), under the meeting's rule set, and those that
 * would be neither void nor irregular are listed. A rule of one's own therefore counts as the
 * catalogue's do. The votes needed follow the rule set's thresholds: its reconsideration threshold
 * for a reconsideration, its agenda threshold for the agenda, its default otherwise.
 *
 * <pre>{@code
 * Outlook next = live.outlook();
 * for (Outlook.PendingMotion m : next.pendingMotions()) {
 *   m.motion().location();  // 2.a#18
 *   m.maySecond();          // [ARG, BOL, ...]: every delegation that may decide, but its sponsor
 *   m.vote();               // more than 1/2 of member states: 18 of 34 votes carry it
 * }
 * next.officesToFill();     // [Vice Chair: 2 seats open, Rapporteur: 1 seat open]
 * }</pre>
 */
public final class Outlook {
  private final LiveMeeting meeting;
  private final ImmutableList<PendingMotion> pendingMotions;
  private final ImmutableList<OfficeToFill> officesToFill;
  private final ImmutableList<DocumentToAdopt> documentsToAdopt;

  private Outlook(
      LiveMeeting meeting,
      ImmutableList<PendingMotion> pendingMotions,
      ImmutableList<OfficeToFill> officesToFill,
      ImmutableList<DocumentToAdopt> documentsToAdopt) {
    this.meeting = meeting;
    this.pendingMotions = pendingMotions;
    this.officesToFill = officesToFill;
    this.documentsToAdopt = documentsToAdopt;
  }

  static Outlook of(LiveMeeting meeting) {
    MeetingState state = meeting.meetingState();
    RuleSet ruleSet = meeting.ruleSet();
    MeetingRecord record = meeting.record();
    Votes votes = Votes.of(meeting);
    boolean canAct = meeting.item().isPresent();
    ImmutableList.Builder<PendingMotion> motions = ImmutableList.builder();
    for (MotionState motion : state.pendingMotions()) {
      String id = motion.act().id().orElseThrow();
      boolean amendable = motion.act() instanceof Proposal || motion.act() instanceof Amendment;
      motions.add(
          new PendingMotion(
              motion,
              canAct ? who(meeting, p -> Seconding.builder().by(p).of(id).build()) : List.of(),
              canAct ? who(meeting, p -> Support.builder().by(p).of(id).build()) : List.of(),
              canAct && amendable
                  ? who(
                      meeting,
                      p ->
                          Amendment.builder()
                              .by(p)
                              .proposal(id)
                              .change(AmendmentChange.MODIFICATION)
                              .text("(an amendment)")
                              .build())
                  : List.of(),
              canAct ? who(meeting, p -> Objection.builder().by(p).to(id).build()) : List.of(),
              votes.requirement(
                  motion.act() instanceof Reconsideration
                      ? ruleSet.reconsiderationThreshold()
                      : ruleSet.defaultThreshold())));
    }
    ImmutableList.Builder<OfficeToFill> offices = ImmutableList.builder();
    for (Office office : Office.values()) {
      int seats = office == Office.VICE_CHAIR ? ruleSet.viceChairs() : 1;
      List<String> holders = state.holders(office);
      if (holders.size() < seats) {
        offices.add(
            new OfficeToFill(
                office,
                seats,
                holders,
                state.pendingNominations(office),
                votes.requirement(ruleSet.defaultThreshold())));
      }
    }
    ImmutableList.Builder<DocumentToAdopt> documents = ImmutableList.builder();
    for (Document document : record.documents()) {
      if (document.documentClass() != DocumentClass.INFORMATION
          && state.document(document.id()) == DocumentStatus.DRAFT) {
        documents.add(
            new DocumentToAdopt(
                document,
                votes.requirement(
                    document.documentClass() == DocumentClass.AGENDA
                        ? ruleSet.agendaThreshold()
                        : ruleSet.defaultThreshold())));
      }
    }
    return new Outlook(meeting, motions.build(), offices.build(), documents.build());
  }

  /** The participants whose act {@code act} would be neither void nor irregular now. */
  private static ImmutableList<String> who(LiveMeeting meeting, Function<String, Act> act) {
    ImmutableList.Builder<String> may = ImmutableList.builder();
    for (Participant participant : meeting.record().participants()) {
      if (meeting.dryRun(act.apply(participant.id())).isClean()) {
        may.add(participant.id());
      }
    }
    return may.build();
  }

  /** {@return the live meeting this is the outlook of} */
  public LiveMeeting meeting() {
    return meeting;
  }

  /**
   * {@return where the next act would be recorded; empty while no item is open, and then nobody is
   * listed as able to act on a motion}
   */
  public Optional<ActLocation> nextLocation() {
    return meeting.nextLocation();
  }

  /** {@return who presides: the chair once elected, before that the provisional president} */
  public Optional<String> presidingOfficer() {
    return meeting.state().presidingOfficer();
  }

  /** {@return whether the agenda has been adopted} */
  public boolean agendaAdopted() {
    return meeting.state().agendaAdopted();
  }

  /**
   * {@return the point of order the presiding officer must rule on now, if the last act was one}
   */
  public Optional<String> pointOfOrderAwaitingRuling() {
    return meeting.state().pointOfOrderAwaitingRuling();
  }

  /** {@return the motions pending, in the order they were moved} */
  public ImmutableList<PendingMotion> pendingMotions() {
    return pendingMotions;
  }

  /** {@return the offices with seats still to fill, chair first} */
  public ImmutableList<OfficeToFill> officesToFill() {
    return officesToFill;
  }

  /** {@return the documents that are neither adopted nor rejected, information documents aside} */
  public ImmutableList<DocumentToAdopt> documentsToAdopt() {
    return documentsToAdopt;
  }

  /** Returns a summary, such as {@code "2 pending motions, 2 offices to fill, 5 documents..."}. */
  @Override
  public String toString() {
    return pendingMotions.size()
        + " pending motions, "
        + officesToFill.size()
        + " offices to fill, "
        + documentsToAdopt.size()
        + " documents to adopt, agenda "
        + (agendaAdopted() ? "adopted" : "not adopted");
  }

  /** A motion before the meeting, who may act on it, and what would carry it. */
  public static final class PendingMotion {
    private final MotionState motion;
    private final ImmutableList<String> maySecond;
    private final ImmutableList<String> maySupport;
    private final ImmutableList<String> mayAmend;
    private final ImmutableList<String> mayObject;
    private final VoteRequirement vote;

    private PendingMotion(
        MotionState motion,
        List<String> maySecond,
        List<String> maySupport,
        List<String> mayAmend,
        List<String> mayObject,
        VoteRequirement vote) {
      this.motion = motion;
      this.maySecond = ImmutableList.copyOf(maySecond);
      this.maySupport = ImmutableList.copyOf(maySupport);
      this.mayAmend = ImmutableList.copyOf(mayAmend);
      this.mayObject = ImmutableList.copyOf(mayObject);
      this.vote = vote;
    }

    /** {@return the motion: its act, where it was moved, by whom, who seconded and supported it} */
    public MotionState motion() {
      return motion;
    }

    /** {@return the participants whose seconding would stand now, in the record's order} */
    public ImmutableList<String> maySecond() {
      return maySecond;
    }

    /** {@return the participants whose support would stand now, in the record's order} */
    public ImmutableList<String> maySupport() {
      return maySupport;
    }

    /**
     * {@return the participants whose amendment (of part of its text) would stand now; empty for a
     * motion that is not a proposal or an amendment}
     */
    public ImmutableList<String> mayAmend() {
      return mayAmend;
    }

    /** {@return the participants whose objection would stand now, in the record's order} */
    public ImmutableList<String> mayObject() {
      return mayObject;
    }

    /** {@return what a vote on it would need to carry it} */
    public VoteRequirement vote() {
      return vote;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof PendingMotion other
          && motion.location().equals(other.motion.location())
          && motion.status() == other.motion.status()
          && maySecond.equals(other.maySecond)
          && maySupport.equals(other.maySupport)
          && mayAmend.equals(other.mayAmend)
          && mayObject.equals(other.mayObject)
          && vote.equals(other.vote);
    }

    @Override
    public int hashCode() {
      return Objects.hash(motion.location(), maySecond, maySupport, mayAmend, mayObject, vote);
    }

    /** Returns the motion and how many may act on it. */
    @Override
    public String toString() {
      return motion
          + ": "
          + maySecond.size()
          + " may second, "
          + maySupport.size()
          + " support, "
          + mayAmend.size()
          + " amend, "
          + mayObject.size()
          + " object; "
          + vote;
    }
  }

  /** An office with seats still to fill. */
  public static final class OfficeToFill {
    private final Office office;
    private final int seats;
    private final ImmutableList<String> holders;
    private final ImmutableList<MotionState> nominations;
    private final VoteRequirement vote;

    private OfficeToFill(
        Office office,
        int seats,
        List<String> holders,
        List<MotionState> nominations,
        VoteRequirement vote) {
      this.office = office;
      this.seats = seats;
      this.holders = ImmutableList.copyOf(holders);
      this.nominations = ImmutableList.copyOf(nominations);
      this.vote = vote;
    }

    /** {@return the office} */
    public Office office() {
      return office;
    }

    /** {@return how many seats it has under the rule set} */
    public int seats() {
      return seats;
    }

    /** {@return how many seats are still to fill} */
    public int open() {
      return seats - holders.size();
    }

    /** {@return the persons elected so far, in order} */
    public ImmutableList<String> holders() {
      return holders;
    }

    /** {@return the nominations for it not yet decided or withdrawn, in order} */
    public ImmutableList<MotionState> nominations() {
      return nominations;
    }

    /** {@return what an election by vote would need} */
    public VoteRequirement vote() {
      return vote;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof OfficeToFill other
          && office == other.office
          && seats == other.seats
          && holders.equals(other.holders)
          && nominations.stream()
              .map(MotionState::location)
              .toList()
              .equals(other.nominations.stream().map(MotionState::location).toList())
          && vote.equals(other.vote);
    }

    @Override
    public int hashCode() {
      return Objects.hash(office, seats, holders, vote);
    }

    /** Returns the office and its open seats, such as {@code "Vice Chair: 2 of 2 seats open"}. */
    @Override
    public String toString() {
      return office.title()
          + ": "
          + open()
          + " of "
          + seats
          + (seats == 1 ? " seat" : " seats")
          + " open, "
          + nominations.size()
          + (nominations.size() == 1 ? " nomination" : " nominations");
    }
  }

  /** A document still to adopt, and what a vote on it would need. */
  public static final class DocumentToAdopt {
    private final Document document;
    private final VoteRequirement vote;

    private DocumentToAdopt(Document document, VoteRequirement vote) {
      this.document = document;
      this.vote = vote;
    }

    /** {@return the document} */
    public Document document() {
      return document;
    }

    /** {@return what adopting it by vote would need: the agenda threshold for the agenda} */
    public VoteRequirement vote() {
      return vote;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof DocumentToAdopt other
          && document.equals(other.document)
          && vote.equals(other.vote);
    }

    @Override
    public int hashCode() {
      return Objects.hash(document, vote);
    }

    /** Returns the document's id and the vote it needs. */
    @Override
    public String toString() {
      return document.id() + ": " + vote;
    }
  }

  /**
   * What a vote would need to carry, on the day of the current session: the threshold, the count of
   * its base, and the votes in favour that reach it. The base is counted in advance where it can
   * be: the member states in good standing, or those the session's attendance shows present; not
   * those present and voting, who are known only when the votes are.
   */
  public static final class VoteRequirement {
    private final Threshold threshold;
    private final int baseCount;

    private VoteRequirement(Threshold threshold, int baseCount) {
      this.threshold = threshold;
      this.baseCount = baseCount;
    }

    /** {@return the threshold that applies} */
    public Threshold threshold() {
      return threshold;
    }

    /** {@return what the threshold is a fraction of} */
    public Threshold.Base base() {
      return threshold.base();
    }

    /**
     * {@return how many the base counts now, such as 34 member states; empty when it is known only
     * at the vote (those present and voting) or the session has no attendance}
     */
    public OptionalInt baseCount() {
      return baseCount < 0 ? OptionalInt.empty() : OptionalInt.of(baseCount);
    }

    /** {@return the votes in favour that carry it, such as 18 of 34; empty with the base count} */
    public OptionalInt votesToCarry() {
      return baseCount < 0
          ? OptionalInt.empty()
          : OptionalInt.of(threshold.requiredVotes(baseCount));
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof VoteRequirement other
          && threshold.equals(other.threshold)
          && baseCount == other.baseCount;
    }

    @Override
    public int hashCode() {
      return threshold.hashCode() * 31 + baseCount;
    }

    /**
     * Returns the threshold and the votes it needs, such as {@code "more than 1/2 of member states:
     * 18 of 34"}.
     */
    @Override
    public String toString() {
      return threshold
          + (baseCount < 0 ? "" : ": " + threshold.requiredVotes(baseCount) + " of " + baseCount);
    }
  }

  /** Counts the bases of votes on the day of the current session. */
  private record Votes(int memberStates, int present) {
    static Votes of(LiveMeeting meeting) {
      RuleSet ruleSet = meeting.ruleSet();
      MeetingRecord record = meeting.record();
      Optional<Session> session = meeting.session();
      LocalDate day = session.flatMap(Session::date).orElse(record.meeting().startDate());
      int present = -1;
      if (session.isPresent() && session.get().attendance().isPresent()) {
        Set<MemberState> states = EnumSet.noneOf(MemberState.class);
        for (String id : session.get().attendance().get()) {
          Optional<Participant> participant = record.participant(id);
          if (Eligibility.of(participant, day, ruleSet.disputedStanding())
              == Eligibility.ELIGIBLE) {
            participant.flatMap(Participant::state).ifPresent(states::add);
          }
        }
        present = states.size();
      }
      return new Votes(VoteCount.memberStates(day, ruleSet.disputedStanding()), present);
    }

    VoteRequirement requirement(Threshold threshold) {
      requireNonNull(threshold, "threshold");
      int base =
          switch (threshold.base()) {
            case MEMBER_STATES -> memberStates;
            case MEMBER_STATES_PRESENT -> present;
            case PRESENT_AND_VOTING -> -1;
          };
      return new VoteRequirement(threshold, base);
    }
  }
}
