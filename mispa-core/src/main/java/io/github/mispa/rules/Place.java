package io.github.mispa.rules;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.mispa.internal.PersistentMap.Edit;
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
  static final Place START = new Place(null, null, false, ImmutableSet.of(), null);

  /** The edit this place was made under, while open: it is then changed in place. */
  private final @Nullable Edit owner;

  private @Nullable RecordedAct act;
  private boolean firstOfSession;
  private ImmutableSet<SessionKind> earlierSessionKinds;
  private @Nullable VoteCount voteCount;

  private Place(
      @Nullable Edit owner,
      @Nullable RecordedAct act,
      boolean firstOfSession,
      ImmutableSet<SessionKind> earlierSessionKinds,
      @Nullable VoteCount voteCount) {
    this.owner = owner;
    this.act = act;
    this.firstOfSession = firstOfSession;
    this.earlierSessionKinds = earlierSessionKinds;
    this.voteCount = voteCount;
  }

  /** {@return the place of {@code next}, the act after this one} */
  Place enter(RecordedAct next, Presence presence, Edit edit) {
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
      count = presence.count(decision.tally().get());
    }
    if (owner == edit && edit.isOpen()) {
      this.act = next;
      this.firstOfSession = first;
      this.earlierSessionKinds = earlier;
      this.voteCount = count;
      return this;
    }
    return new Place(edit.isOpen() ? edit : null, next, first, earlier, count);
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
