package io.github.mispa.rules;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Office;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Support;
import java.util.List;
import java.util.Optional;
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
 * catalogue's do. The votes needed are the rule set's majority for the matter ({@link
 * RuleSet#majority}): of the motion ({@link Matter#ofMotion}), an election for an office, of the
 * document adopted ({@link Matter#ofAdopting}); of the member states the rule set counts on the
 * day, or of those present.
 *
 * <pre>{@code
 * Outlook next = live.outlook();
 * for (PendingMotion m : next.pendingMotions()) {
 *   m.motion().location();  // 2.a#18
 *   m.maySecond();          // [ARG, BOL, ...]: every delegation that may decide, but its sponsor
 *   m.vote().votesToCarry(); // 18: a majority of the 34 member states
 * }
 * next.officesToFill();     // [Vice Chair: 2 of 2 seats open, ..., Rapporteur: 1 of 1 ...]
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
    Optional<Session> session = meeting.session();
    // The bases of votes on the day of the current session, as its first act would see them.
    @Nullable Presence presence =
        session.isEmpty()
            ? null
            : Presence.of(
                record,
                ruleSet,
                session.get(),
                session.get().date().orElse(record.meeting().startDate()));
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
              VoteRequirement.of(Matter.ofMotion(record, motion.act()), ruleSet, presence)));
    }
    ImmutableList.Builder<OfficeToFill> offices = ImmutableList.builder();
    VoteRequirement election = VoteRequirement.of(Matter.ELECTION, ruleSet, presence);
    int viceChairsOpen = ruleSet.viceChairs();
    boolean ranked = false;
    for (Office office : Office.values()) {
      if (office.isViceChair()) {
        viceChairsOpen -= state.holders(office).size();
        ranked |= office != Office.VICE_CHAIR && inPlay(state, office);
      }
    }
    for (Office office : Office.values()) {
      List<String> holders = state.holders(office);
      int open = ruleSet.seats(office) - holders.size();
      if (office.isViceChair()) {
        // Vice chairs of every rank share the rule set's number; the meeting elects them by rank
        // once a nomination or an election names one, and otherwise as plain vice chairs.
        boolean shown = office == Office.VICE_CHAIR ? !ranked || inPlay(state, office) : ranked;
        open = shown ? Math.min(open, viceChairsOpen) : 0;
      }
      if (open > 0) {
        offices.add(
            new OfficeToFill(
                office,
                ruleSet.seats(office),
                open,
                holders,
                state.pendingNominations(office),
                election));
      }
    }
    ImmutableList.Builder<DocumentToAdopt> documents = ImmutableList.builder();
    for (Document document : record.documents()) {
      if (document.documentClass() != DocumentClass.INFORMATION
          && state.document(document.id()) == DocumentStatus.DRAFT) {
        documents.add(
            new DocumentToAdopt(
                document, VoteRequirement.of(Matter.ofAdopting(document), ruleSet, presence)));
      }
    }
    return new Outlook(meeting, motions.build(), offices.build(), documents.build());
  }

  /** Whether {@code office} has a holder or a pending nomination. */
  private static boolean inPlay(MeetingState state, Office office) {
    return !state.holders(office).isEmpty() || state.pendingNominationCount(office) > 0;
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
}
