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
import org.jspecify.annotations.Nullable;

/**
 * Who may decide on the day of the current session: how many member states count, how many the
 * attendance shows present, and each participant's eligibility. Worked out once per session. A part
 * of {@link MeetingState}: immutable.
 */
final class Presence {
  /** Before the first session. */
  static Presence none(MeetingRecord record) {
    return new Presence(record, null, new EnumMap<>(MemberState.class), 0, 0, -1);
  }

  private final MeetingRecord record;

  /** The day it was worked out for; null before the first session. */
  private final @Nullable LocalDate date;

  /**
   * What a member state's accredited delegation may do on the session's day, by state: worked out
   * for the 35 states once per session, so that a ballot or an act costs one lookup, and the
   * participants are not gone through at every session.
   */
  private final EnumMap<MemberState, Eligibility> byState;

  /**
   * The accredited delegation of each state as a voter, by the state's ordinal: a ballot costs one
   * lookup of its participant's state and an array read, no object.
   */
  private final VoteCount.Voter[] voters;

  private final int memberStates;
  private final int ceiling;
  private final int present;

  @SuppressWarnings("EnumOrdinal") // an array by ordinal, read once per ballot, as EnumMap holds it
  private Presence(
      MeetingRecord record,
      @Nullable LocalDate date,
      EnumMap<MemberState, Eligibility> byState,
      int memberStates,
      int ceiling,
      int present) {
    this.record = record;
    this.date = date;
    this.byState = byState;
    this.voters = new VoteCount.Voter[MemberState.values().length];
    byState.forEach(
        (state, eligibility) -> voters[state.ordinal()] = new VoteCount.Voter(state, eligibility));
    this.memberStates = memberStates;
    this.ceiling = ceiling;
    this.present = present;
  }

  /** A presence of {@code day}'s date, with {@code present} states present. */
  private Presence(Presence day, int present) {
    this.record = day.record;
    this.date = day.date;
    this.byState = day.byState;
    this.voters = day.voters;
    this.memberStates = day.memberStates;
    this.ceiling = day.ceiling;
    this.present = present;
  }

  /** {@return who may decide in {@code session}, held on {@code date}} */
  static Presence of(MeetingRecord record, RuleSet ruleSet, Session session, LocalDate date) {
    return of(record, ruleSet, session, date, null);
  }

  /**
   * {@return who may decide in {@code session}, held on {@code date}, where {@code before} is the
   * presence of the session before, in the same replay, or null} Eligibility and the member states
   * that count depend on the day only: sessions held on one day share them, and only the attendance
   * is gone through again.
   */
  static Presence of(
      MeetingRecord record,
      RuleSet ruleSet,
      Session session,
      LocalDate date,
      @Nullable Presence before) {
    if (before != null && date.equals(before.date)) {
      return new Presence(before, present(record, session, before.byState));
    }
    DisputedStanding policy = ruleSet.disputedStanding();
    EnumMap<MemberState, Eligibility> byState = new EnumMap<>(MemberState.class);
    for (MemberState state : MemberState.values()) {
      byState.put(state, Eligibility.ofState(state, date, policy));
    }
    return new Presence(
        record,
        date,
        byState,
        ruleSet.base().count(date),
        Eligibility.memberStates(date, true),
        present(record, session, byState));
  }

  /** The member states the attendance of {@code session} shows present, or -1 if it has none. */
  private static int present(
      MeetingRecord record, Session session, EnumMap<MemberState, Eligibility> byState) {
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
    return present;
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

  @SuppressWarnings("EnumOrdinal") // the array by ordinal the constructor filled
  private VoteCount.Voter voter(String id) {
    MemberState state = record.accreditedDelegations().get(id);
    if (state != null) {
      return voters[state.ordinal()];
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
