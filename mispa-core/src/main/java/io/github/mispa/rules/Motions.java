package io.github.mispa.rules;

import com.google.common.collect.ImmutableList;
import io.github.mispa.internal.PersistentMap;
import io.github.mispa.internal.PersistentMap.Edit;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The motions moved so far, where each stands, the nominations still pending for each office, and a
 * point of order awaiting its ruling. A part of {@link MeetingState}: immutable; a change gives a
 * new part that shares what did not change.
 */
final class Motions {
  static final Motions NONE =
      new Motions(
          null, PersistentMap.emptyGrowing(), PersistentMap.empty(), PersistentMap.empty(), null);

  /** The edit these motions were made under: while it is open, they change in place. */
  private final @Nullable Edit owner;

  /**
   * The motions decided, withdrawn or noted: a map that grows with the meeting, and changes only
   * when a motion is settled (or reopened), not at each seconding or support.
   */
  private PersistentMap<String, MotionState> motions;

  /** The pending nominations of each office, so that candidates are counted in one step. */
  private PersistentMap<Office, PersistentMap<String, MotionState>> pendingNominations;

  /**
   * The motions still pending: a small map, as motions are decided, in which a seconding or a
   * support changes its motion (in a live meeting, a change copies the path to its key: a short
   * path here), and where what may happen next is found without a look at every motion ever moved.
   */
  private PersistentMap<String, MotionState> pending;

  private @Nullable String pointOfOrder;

  private Motions(
      @Nullable Edit owner,
      PersistentMap<String, MotionState> motions,
      PersistentMap<Office, PersistentMap<String, MotionState>> pendingNominations,
      PersistentMap<String, MotionState> pending,
      @Nullable String pointOfOrder) {
    this.owner = owner;
    this.motions = motions;
    this.pendingNominations = pendingNominations;
    this.pending = pending;
    this.pointOfOrder = pointOfOrder;
  }

  @Nullable MotionState get(String id) {
    MotionState motion = pending.get(id);
    return motion != null ? motion : motions.get(id);
  }

  int pendingNominationCount(Office office) {
    PersistentMap<String, MotionState> pending = pendingNominations.get(office);
    return pending == null ? 0 : pending.size();
  }

  /** The pending nominations for {@code office}, in the order of the record. */
  ImmutableList<MotionState> pendingNominations(Office office, MeetingRecord record) {
    PersistentMap<String, MotionState> pending = pendingNominations.get(office);
    if (pending == null) {
      return ImmutableList.of();
    }
    List<String> ids = new ArrayList<>(pending.size());
    pending.forEach((id, motion) -> ids.add(id));
    ids.sort(Comparator.comparingInt(id -> record.act(id).map(RecordedAct::ordinal).orElse(-1)));
    ImmutableList.Builder<MotionState> out = ImmutableList.builderWithExpectedSize(ids.size());
    for (String id : ids) {
      out.add(java.util.Objects.requireNonNull(pending.get(id)));
    }
    return out.build();
  }

  /** The pending motions, in the order of the record. */
  ImmutableList<MotionState> pending() {
    List<MotionState> all = new ArrayList<>(pending.size());
    pending.forEach((id, motion) -> all.add(motion));
    all.sort(Comparator.comparing(MotionState::location));
    return ImmutableList.copyOf(all);
  }

  @Nullable String pointOfOrder() {
    return pointOfOrder;
  }

  /**
   * {@return these motions with {@code motion}, just moved, under {@code id}, which no motion has
   * (a record's ids are unique)}
   */
  Motions moved(String id, MotionState motion, Edit edit) {
    return changed(
        motions, nominations(id, motion, edit), pending.with(id, motion, edit), pointOfOrder, edit);
  }

  /** {@return these motions with the motion of {@code id} changed to {@code motion}} */
  Motions with(String id, MotionState motion, Edit edit) {
    PersistentMap<String, MotionState> settled = motions;
    PersistentMap<String, MotionState> stillPending;
    if (motion.isPending()) {
      // Reopened by a reconsideration: only then is it among the settled ones.
      if (pending.get(id) == null) {
        settled = settled.without(id, edit);
      }
      stillPending = pending.with(id, motion, edit);
    } else {
      settled = settled.with(id, motion, edit);
      stillPending = pending.without(id, edit);
    }
    return changed(settled, nominations(id, motion, edit), stillPending, pointOfOrder, edit);
  }

  /** The pending nominations by office, with {@code motion} among them if it is one. */
  private PersistentMap<Office, PersistentMap<String, MotionState>> nominations(
      String id, MotionState motion, Edit edit) {
    if (!(motion.act() instanceof Nomination nomination)) {
      return pendingNominations;
    }
    PersistentMap<String, MotionState> ofOffice = pendingNominations.get(nomination.office());
    if (ofOffice == null) {
      ofOffice = PersistentMap.empty();
    }
    ofOffice = motion.isPending() ? ofOffice.with(id, motion, edit) : ofOffice.without(id, edit);
    return pendingNominations.with(nomination.office(), ofOffice, edit);
  }

  private Motions changed(
      PersistentMap<String, MotionState> newMotions,
      PersistentMap<Office, PersistentMap<String, MotionState>> newPendingNominations,
      PersistentMap<String, MotionState> newPending,
      @Nullable String newPointOfOrder,
      Edit edit) {
    if (owner == edit && edit.isOpen()) {
      motions = newMotions;
      pendingNominations = newPendingNominations;
      pending = newPending;
      pointOfOrder = newPointOfOrder;
      return this;
    }
    return new Motions(
        edit.isOpen() ? edit : null,
        newMotions,
        newPendingNominations,
        newPending,
        newPointOfOrder);
  }

  /** {@return these motions with {@code id} awaiting a ruling, or none} */
  Motions withPointOfOrder(@Nullable String id, Edit edit) {
    return java.util.Objects.equals(id, pointOfOrder)
        ? this
        : changed(motions, pendingNominations, pending, id, edit);
  }
}
