package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.Request;
import java.util.Optional;

/**
 * The kinds of matter a meeting decides, for which a rule set says what majority a vote needs
 * ({@link RuleSet#majority(Matter)}). The catalogue tells a decision's matter from what it decides;
 * a record may state the majority a decision needs instead.
 */
public enum Matter {
  /** A question of substance: a text, a resolution, a hosting offer, a request. */
  SUBSTANTIVE,
  /** A question of procedure: a proposal on how to proceed, a schedule, a methodology of work. */
  PROCEDURAL,
  /** The agenda, and amendments to it as it is adopted. */
  AGENDA,
  /** Whether to reconsider a decided matter. */
  RECONSIDERATION,
  /** The election of an officer. */
  ELECTION,
  /** The suspension or waiver of a rule of procedure for the case at hand. */
  SUSPENSION_OF_RULE;

  /** {@return the matter in words, for messages: "the suspension of a rule"} */
  public String describe() {
    return switch (this) {
      case SUBSTANTIVE -> "a substantive question";
      case PROCEDURAL -> "a procedural question";
      case AGENDA -> "the agenda";
      case RECONSIDERATION -> "a reconsideration";
      case ELECTION -> "an election";
      case SUSPENSION_OF_RULE -> "the suspension of a rule";
    };
  }

  /**
   * {@return the matter of a motion, as a decision on it alone decides it: an election for a
   * nomination, a reconsideration, procedure for an appeal and a procedural proposal, the
   * suspension of a rule, the agenda for an amendment or a request on the draft agenda, substance
   * otherwise}
   */
  public static Matter ofMotion(MeetingRecord record, Act motion) {
    requireNonNull(record, "record");
    requireNonNull(motion, "motion");
    if (motion instanceof Nomination) {
      return ELECTION;
    }
    if (motion instanceof Reconsideration) {
      return RECONSIDERATION;
    }
    if (motion instanceof Appeal) {
      return PROCEDURAL;
    }
    if (motion instanceof Proposal proposal) {
      return switch (proposal.proposalKind()) {
        case PROCEDURE -> PROCEDURAL;
        case SUSPENSION -> SUSPENSION_OF_RULE;
        case TEXT, DECISION -> SUBSTANTIVE;
      };
    }
    // An item added to, removed from or reworded in the draft agenda at a delegation's request.
    if (motion instanceof Amendment amendment && isAgenda(record, amendment.document())) {
      return AGENDA;
    }
    if (motion instanceof Request request && isAgenda(record, request.document())) {
      return AGENDA;
    }
    return SUBSTANTIVE;
  }

  private static boolean isAgenda(MeetingRecord record, Optional<String> document) {
    return document
        .flatMap(record::document)
        .map(d -> d.documentClass() == DocumentClass.AGENDA)
        .orElse(false);
  }

  /**
   * {@return the matter of adopting {@code document}: the agenda for the agenda; procedure for a
   * schedule or a working document, such as a methodology of work; substance for any other text}
   */
  public static Matter ofAdopting(Document document) {
    return switch (requireNonNull(document, "document").documentClass()) {
      case AGENDA -> AGENDA;
      case SCHEDULE, WORKING -> PROCEDURAL;
      default -> SUBSTANTIVE;
    };
  }
}
