package io.github.mispa.rules;

import com.google.common.collect.ImmutableSortedMap;
import io.github.mispa.internal.PersistentMap;
import io.github.mispa.internal.PersistentMap.Edit;
import io.github.mispa.model.Edition;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The hosting offers accepted, by the edition they are for. A part of {@link MeetingState}:
 * immutable; a change gives a new part that shares what did not change.
 */
final class Hosting {
  static final Hosting NONE = new Hosting(PersistentMap.empty());

  private final PersistentMap<Edition, String> accepted;

  private Hosting(PersistentMap<Edition, String> accepted) {
    this.accepted = accepted;
  }

  /** {@return the offer accepted for {@code edition}, or null} */
  @Nullable String accepted(Edition edition) {
    return accepted.get(edition);
  }

  /** {@return every accepted offer, by edition: made when asked for} */
  ImmutableSortedMap<Edition, String> accepted() {
    Map<Edition, String> all = new TreeMap<>();
    accepted.forEach(all::put);
    return ImmutableSortedMap.copyOf(all);
  }

  /** {@return this with {@code offer} accepted for {@code edition}, unless one is already} */
  Hosting accept(Edition edition, String offer, Edit edit) {
    return accepted.containsKey(edition) ? this : new Hosting(accepted.with(edition, offer, edit));
  }

  /** {@return this without {@code offer} accepted for {@code edition}} */
  Hosting withdraw(Edition edition, String offer, Edit edit) {
    return offer.equals(accepted.get(edition))
        ? new Hosting(accepted.without(edition, edit))
        : this;
  }
}
