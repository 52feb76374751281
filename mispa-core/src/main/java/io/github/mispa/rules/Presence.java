package io.github.mispa.rules;

import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Tally;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may decide on the day of the current session: how many member states count, how many the
 * attendance shows present, and each participant's eligibility. Worked out once per session. A part
 * of {@link MeetingState}: immutable.
 */
final class Presence {
  /** Before the first session. */
  static Presence none(MeetingRecord record) {
    return new Presence(record, LocalDate.MIN, DisputedStanding.UNDETERMINED, 0, -1);
  }

  private final MeetingRecord record;
  private final LocalDate date;
  private final DisputedStanding policy;
  private final int memberStates;
  private final int present;

  private Presence(
      MeetingRecord record,
      LocalDate date,
      DisputedStanding policy,
      int memberStates,
      int present) {
    this.record = record;
    this.date = date;
    this.policy = policy;
    this.memberStates = memberStates;
    this.present = present;
  }

  /** {@return who may decide in {@code session}, held on {@code date}} */
  static Presence of(MeetingRecord record, RuleSet ruleSet, Session session, LocalDate date) {
    DisputedStanding policy = ruleSet.disputedStanding();
    int present = -1;
    if (session.attendance().isPresent()) {
      Set<MemberState> states = EnumSet.noneOf(MemberState.class);
      for (String id : session.attendance().get()) {
        Optional<Participant> participant = record.participant(id);
        if (Eligibility.of(participant, date, policy) == Eligibility.ELIGIBLE) {
          participant.flatMap(Participant::state).ifPresent(states::add);
        }
      }
      present = states.size();
    }
    // Eligibility is worked out when asked for, not for every participant at every session:
    // that would cost sessions times participants.
    return new Presence(record, date, policy, ruleSet.base().count(date), present);
  }

  /** Whether the participant {@code id} may decide on the session's day. */
  Eligibility eligibility(String id) {
    return Eligibility.of(record.participant(id), date, policy);
  }

  /** {@return the valid votes of {@code tally}, counted with this session's eligibility} */
  VoteCount count(Tally tally) {
    return VoteCount.count(
        tally,
        id -> record.participant(id).flatMap(Participant::state).orElse(null),
        this::eligibility,
        Eligibility.memberStates(date, true));
  }

  int memberStates() {
    return memberStates;
  }

  /** The member states present, or -1 if the session has no attendance. */
  int present() {
    return present;
  }
}
