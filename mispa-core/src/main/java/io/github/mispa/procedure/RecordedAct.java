package io.github.mispa.procedure;

import io.github.mispa.model.Participant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An act in its place in a record: where it is, in which session and item, on which day, and its
 * position among all the record's acts.
 */
public final class RecordedAct {
  // Kept small on purpose: a record holds one of these per act, so locations and paths are
  // computed when asked for rather than stored.
  private final Act act;
  private final Session session;
  private final AgendaItem item;
  private final int sessionIndex;
  private final int itemIndex;
  private final int actIndex;
  private final int ordinal;
  private final LocalDate date;
  private final Optional<Participant> actor;

  RecordedAct(
      Act act,
      Session session,
      AgendaItem item,
      int sessionIndex,
      int itemIndex,
      int actIndex,
      int ordinal,
      LocalDate date,
      Optional<Participant> actor) {
    this.act = act;
    this.session = session;
    this.item = item;
    this.sessionIndex = sessionIndex;
    this.itemIndex = itemIndex;
    this.actIndex = actIndex;
    this.ordinal = ordinal;
    this.date = date;
    this.actor = actor;
  }

  /** {@return the act} */
  public Act act() {
    return act;
  }

  /** {@return where it is, such as {@code 2.a#3}} */
  public ActLocation location() {
    return ActLocation.ofChecked(item.number(), actIndex + 1);
  }

  /**
   * {@return the participant that did the act: its {@code by}, or else the participant of its
   * person; empty for a decision declared by nobody named} Resolved once, when the record is built.
   */
  public Optional<Participant> actor() {
    // Shared with every act of the same participant: asked for by several rules for every act.
    return actor;
  }

  /** {@return its session} */
  public Session session() {
    return session;
  }

  /** {@return its agenda item} */
  public AgendaItem item() {
    return item;
  }

  /** {@return the position of its session among the record's sessions, from 0} */
  int sessionIndex() {
    return sessionIndex;
  }

  /** {@return the position of its item among its session's items, from 0} */
  int itemIndex() {
    return itemIndex;
  }

  /** {@return its position among all acts of the record, from 0} */
  public int ordinal() {
    return ordinal;
  }

  /**
   * The day of the act: its session's date where the record gives it, otherwise the meeting's first
   * day. Membership in good standing is judged on this day.
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The act's place in the record's structure, as a JSON Pointer over the attribute names, such as
   * {@code /sessions/1/items/0/acts/2}. The wire format uses the same names, so this is also the
   * act's place in a record read from JSON.
   */
  public String path() {
    return "/sessions/" + sessionIndex + "/items/" + itemIndex + "/acts/" + actIndex;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RecordedAct other
        && ordinal == other.ordinal
        && item.number().equals(other.item.number())
        && actIndex == other.actIndex
        && act.equals(other.act);
  }

  @Override
  public int hashCode() {
    return ordinal;
  }

  /** Returns the location and kind, such as {@code 2.a#3 (nomination)}. */
  @Override
  public String toString() {
    return location() + " (" + act.kind() + ")";
  }
}
