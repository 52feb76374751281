package io.github.mispa.rules;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * Where the replay is: the act at this point, its session, whether it opens the session, the kinds
 * of the sessions before, and the count of its vote. A part of {@link MeetingState}: immutable.
 */
final class Place {
  static final Place START = new Place(null, false, ImmutableSet.of(), null);

  private final @Nullable RecordedAct act;
  private final boolean firstOfSession;
  private final ImmutableSet<SessionKind> earlierSessionKinds;
  private final @Nullable VoteCount voteCount;

  private Place(
      @Nullable RecordedAct act,
      boolean firstOfSession,
      ImmutableSet<SessionKind> earlierSessionKinds,
      @Nullable VoteCount voteCount) {
    this.act = act;
    this.firstOfSession = firstOfSession;
    this.earlierSessionKinds = earlierSessionKinds;
    this.voteCount = voteCount;
  }

  /** {@return the place of {@code next}, the act after this one} */
  Place enter(RecordedAct next, MeetingState state) {
    Session session = act == null ? null : act.session();
    boolean first = session != next.session();
    ImmutableSet<SessionKind> earlier = earlierSessionKinds;
    if (first && session != null && !earlier.contains(session.kind())) {
      EnumSet<SessionKind> kinds = EnumSet.of(session.kind());
      kinds.addAll(earlier);
      earlier = Sets.immutableEnumSet(kinds);
    }
    // Counted once, when the act is entered, so that the state never changes when it is read.
    VoteCount count = null;
    if (next.act() instanceof DecisionAct decision && decision.tally().isPresent()) {
      count =
          VoteCount.of(
              state.record(),
              decision.tally().get(),
              next.date(),
              state.ruleSet().disputedStanding());
    }
    return new Place(next, first, earlier, count);
  }

  @Nullable RecordedAct act() {
    return act;
  }

  @Nullable Session session() {
    return act == null ? null : act.session();
  }

  boolean firstOfSession() {
    return firstOfSession;
  }

  ImmutableSet<SessionKind> earlierSessionKinds() {
    return earlierSessionKinds;
  }

  @Nullable VoteCount voteCount() {
    return voteCount;
  }
}
