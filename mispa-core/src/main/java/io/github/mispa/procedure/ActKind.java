package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The kinds of procedural act, each with the logical name it has in the wire format and in
 * messages. The names are part of the API: they never change once released.
 */
public enum ActKind {
  /** A speech or remarks. */
  SPEECH("speech", Actor.PERSON),
  /** A minute of silence. */
  MINUTE_OF_SILENCE("minuteOfSilence", Actor.PARTICIPANT_OR_PERSON),
  /** A presentation. */
  PRESENTATION("presentation", Actor.PERSON),
  /** A report of a working group, the secretariat, a committee or the rapporteur. */
  REPORT("report", Actor.PERSON),
  /** An intervention: a delegation takes the floor. */
  INTERVENTION("intervention", Actor.PARTICIPANT_OR_PERSON),
  /** The reading of a document to the plenary. */
  READING("reading", Actor.PERSON),
  /** A nomination for an office. */
  NOMINATION("nomination", Actor.PARTICIPANT_OR_PERSON),
  /** The seconding of a motion. */
  SECONDING("seconding", Actor.PARTICIPANT_OR_PERSON),
  /** Support for a motion. */
  SUPPORT("support", Actor.PARTICIPANT_OR_PERSON),
  /** An objection to a motion. */
  OBJECTION("objection", Actor.PARTICIPANT_OR_PERSON),
  /** A proposal of a text, a decision or a procedure. */
  PROPOSAL("proposal", Actor.PARTICIPANT_OR_PERSON),
  /** An amendment to a proposal or document. */
  AMENDMENT("amendment", Actor.PARTICIPANT_OR_PERSON),
  /** The withdrawal of a motion by its sponsor. */
  WITHDRAWAL("withdrawal", Actor.PARTICIPANT_OR_PERSON),
  /** An offer to host a future meeting. */
  HOSTING_OFFER("hostingOffer", Actor.PARTICIPANT_OR_PERSON),
  /** A decision on motions. */
  DECISION("decision", Actor.DECLARING_OFFICER),
  /** The adoption of documents. */
  ADOPTION("adoption", Actor.DECLARING_OFFICER),
  /** An instruction to the secretariat. */
  INSTRUCTION("instruction", Actor.PERSON),
  /** A request to the chair. */
  REQUEST("request", Actor.PARTICIPANT_OR_PERSON),
  /** The chair takes note of requests. */
  REQUEST_NOTED("requestNoted", Actor.PERSON),
  /** A point of order. */
  POINT_OF_ORDER("pointOfOrder", Actor.PARTICIPANT_OR_PERSON),
  /** The presiding officer's ruling on a point of order. */
  RULING("ruling", Actor.PERSON),
  /** An appeal against a ruling. */
  APPEAL("appeal", Actor.PARTICIPANT_OR_PERSON),
  /** A motion to reconsider a decision. */
  RECONSIDERATION("reconsideration", Actor.PARTICIPANT_OR_PERSON);

  /** Who an act of a kind must name. */
  enum Actor {
    /** {@code by}, {@code person} or both. */
    PARTICIPANT_OR_PERSON,
    /** {@code person}, and {@code by} only if consistent. */
    PERSON,
    /** Optionally {@code person}, the officer who declared it; never {@code by}. */
    DECLARING_OFFICER
  }

  private static final ImmutableMap<String, ActKind> BY_NAME;

  static {
    ImmutableMap.Builder<String, ActKind> byName = ImmutableMap.builder();
    for (ActKind kind : values()) {
      byName.put(kind.logicalName, kind);
    }
    BY_NAME = byName.buildOrThrow();
  }

  private final String logicalName;
  private final Actor actor;

  ActKind(String logicalName, Actor actor) {
    this.logicalName = logicalName;
    this.actor = actor;
  }

  /**
   * {@return the logical name, such as {@code "hostingOffer"}: the {@code type} in the wire format}
   */
  public String logicalName() {
    return logicalName;
  }

  Actor actor() {
    return actor;
  }

  /** Returns the kind with this logical name, or empty. */
  public static Optional<ActKind> fromLogicalName(String name) {
    return Optional.ofNullable(BY_NAME.get(requireNonNull(name, "name")));
  }

  /** Returns the logical name. */
  @Override
  public String toString() {
    return logicalName;
  }
}
