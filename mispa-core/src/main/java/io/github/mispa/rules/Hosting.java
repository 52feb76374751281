package io.github.mispa.rules;

import com.google.common.collect.ImmutableSortedMap;
import io.github.mispa.model.Edition;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hosting offers accepted, by the edition they are for. A few entries, copied when they change.
 * A part of {@link MeetingState}: immutable.
 */
final class Hosting {
  static final Hosting NONE = new Hosting(ImmutableSortedMap.of());

  private final ImmutableSortedMap<Edition, String> accepted;

  private Hosting(ImmutableSortedMap<Edition, String> accepted) {
    this.accepted = accepted;
  }

  ImmutableSortedMap<Edition, String> accepted() {
    return accepted;
  }

  /** {@return this with {@code offer} accepted for {@code edition}, unless one is already} */
  Hosting accept(Edition edition, String offer) {
    if (accepted.containsKey(edition)) {
      return this;
    }
    Map<Edition, String> changed = new TreeMap<>(accepted);
    changed.put(edition, offer);
    return new Hosting(ImmutableSortedMap.copyOf(changed));
  }

  /** {@return this without {@code offer} accepted for {@code edition}} */
  Hosting withdraw(Edition edition, String offer) {
    if (!offer.equals(accepted.get(edition))) {
      return this;
    }
    Map<Edition, String> changed = new TreeMap<>(accepted);
    changed.remove(edition);
    return new Hosting(ImmutableSortedMap.copyOf(changed));
  }
}
