package io.github.mispa.rules;

import com.google.common.collect.ImmutableMap;
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
  static final Presence NONE = new Presence(ImmutableMap.of(), ImmutableMap.of(), 0, -1);

  private final ImmutableMap<String, Eligibility> eligibility;
  private final ImmutableMap<String, MemberState> states;
  private final int memberStates;
  private final int present;

  private Presence(
      ImmutableMap<String, Eligibility> eligibility,
      ImmutableMap<String, MemberState> states,
      int memberStates,
      int present) {
    this.eligibility = eligibility;
    this.states = states;
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
    // Looked up once per session, not once per ballot or act: a vote has a ballot per state.
    ImmutableMap.Builder<String, Eligibility> eligibility = ImmutableMap.builder();
    ImmutableMap.Builder<String, MemberState> states = ImmutableMap.builder();
    for (Participant participant : record.participants()) {
      eligibility.put(participant.id(), Eligibility.of(Optional.of(participant), date, policy));
      participant.state().ifPresent(s -> states.put(participant.id(), s));
    }
    return new Presence(
        eligibility.buildKeepingLast(),
        states.buildKeepingLast(),
        VoteCount.memberStates(date, policy),
        present);
  }

  /** Whether the participant {@code id} may decide on the session's day. */
  Eligibility eligibility(String id) {
    return eligibility.getOrDefault(id, Eligibility.NOT_A_DELEGATION);
  }

  /** {@return the valid votes of {@code tally}, counted with this session's eligibility} */
  VoteCount count(Tally tally) {
    return VoteCount.count(tally, states::get, this::eligibility);
  }

  int memberStates() {
    return memberStates;
  }

  /** The member states present, or -1 if the session has no attendance. */
  int present() {
    return present;
  }
}
