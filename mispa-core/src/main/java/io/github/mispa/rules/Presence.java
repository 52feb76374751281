package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Tally;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may decide on the day of the current session: how many member states count, how many the
 * attendance shows present, and each participant's eligibility. Worked out once per session. A part
 * of {@link MeetingState}: immutable.
 */
final class Presence {
  /** Before the first session. */
  static Presence none(MeetingRecord record) {
    return new Presence(record, new EnumMap<>(MemberState.class), 0, 0, -1);
  }

  private final MeetingRecord record;

  /**
   * What a member state's accredited delegation may do on the session's day, by state: worked out
   * for the 35 states once per session, so that a ballot or an act costs one lookup, and the
   * participants are not gone through at every session.
   */
  private final EnumMap<MemberState, Eligibility> byState;

  /** The accredited delegation of each state as a voter: a ballot costs one lookup, no object. */
  private final EnumMap<MemberState, VoteCount.Voter> voters;

  private final int memberStates;
  private final int ceiling;
  private final int present;

  private Presence(
      MeetingRecord record,
      EnumMap<MemberState, Eligibility> byState,
      int memberStates,
      int ceiling,
      int present) {
    this.record = record;
    this.byState = byState;
    this.voters = new EnumMap<>(MemberState.class);
    byState.forEach(
        (state, eligibility) -> voters.put(state, new VoteCount.Voter(state, eligibility)));
    this.memberStates = memberStates;
    this.ceiling = ceiling;
    this.present = present;
  }

  /** {@return who may decide in {@code session}, held on {@code date}} */
  static Presence of(MeetingRecord record, RuleSet ruleSet, Session session, LocalDate date) {
    DisputedStanding policy = ruleSet.disputedStanding();
    EnumMap<MemberState, Eligibility> byState = new EnumMap<>(MemberState.class);
    for (MemberState state : MemberState.values()) {
      byState.put(state, Eligibility.ofState(state, date, policy));
    }
    int present = -1;
    if (session.attendance().isPresent()) {
      Set<MemberState> states = EnumSet.noneOf(MemberState.class);
      for (String id : session.attendance().get()) {
        Participant participant = record.participant(id).orElse(null);
        if (participant != null && eligibility(participant, byState) == Eligibility.ELIGIBLE) {
          participant.state().ifPresent(states::add);
        }
      }
      present = states.size();
    }
    return new Presence(
        record, byState, ruleSet.base().count(date), Eligibility.memberStates(date, true), present);
  }

  private static Eligibility eligibility(
      Participant participant, EnumMap<MemberState, Eligibility> byState) {
    if (!participant.isDelegation()) {
      return Eligibility.NOT_A_DELEGATION;
    }
    if (!participant.accredited()) {
      return Eligibility.NOT_ACCREDITED;
    }
    return requireNonNull(byState.get(participant.state().orElseThrow()));
  }

  /** Whether the participant {@code id} may decide on the session's day. */
  Eligibility eligibility(String id) {
    MemberState state = record.accreditedDelegations().get(id);
    if (state != null) {
      return requireNonNull(byState.get(state));
    }
    Participant participant = record.participant(id).orElse(null);
    return participant == null ? Eligibility.NOT_A_DELEGATION : eligibility(participant, byState);
  }

  /** {@return the valid votes of {@code tally}, counted with this session's eligibility} */
  VoteCount count(Tally tally) {
    return VoteCount.count(tally, this::voter, ceiling);
  }

  private VoteCount.Voter voter(String id) {
    MemberState state = record.accreditedDelegations().get(id);
    if (state != null) {
      return requireNonNull(voters.get(state));
    }
    Participant participant = record.participant(id).orElse(null);
    return participant == null
        ? new VoteCount.Voter(null, Eligibility.NOT_A_DELEGATION)
        : new VoteCount.Voter(participant.state().orElse(null), eligibility(participant, byState));
  }

  int memberStates() {
    return memberStates;
  }

  /** The member states present, or -1 if the session has no attendance. */
  int present() {
    return present;
  }
}
