package io.github.mispa.rules;

import io.github.mispa.internal.PersistentMap;
import io.github.mispa.internal.PersistentMap.Edit;

/**
 * The decisions that took effect and stand, and those reopened by a carried reconsideration. What
 * each decided is read back from the record if it is reopened, rather than kept for every decision.
 * A part of {@link MeetingState}: immutable.
 */
final class Decisions {
  static final Decisions NONE = new Decisions(PersistentMap.emptyGrowing(), PersistentMap.empty());

  private final PersistentMap<String, Boolean> standing;
  private final PersistentMap<String, Boolean> reconsidered;

  private Decisions(
      PersistentMap<String, Boolean> standing, PersistentMap<String, Boolean> reconsidered) {
    this.standing = standing;
    this.reconsidered = reconsidered;
  }

  boolean stands(String id) {
    return standing.containsKey(id);
  }

  boolean reconsidered(String id) {
    return reconsidered.containsKey(id);
  }

  /** {@return these decisions with {@code id} standing} */
  Decisions taken(String id, Edit edit) {
    return new Decisions(standing.with(id, Boolean.TRUE, edit), reconsidered);
  }

  /** {@return these decisions with {@code id}, which stands, reopened} */
  Decisions reopened(String id, Edit edit) {
    return new Decisions(standing.without(id, edit), reconsidered.with(id, Boolean.TRUE, edit));
  }
}
