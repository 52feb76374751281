package io.github.mispa.procedure;

import org.jspecify.annotations.Nullable;

/**
 * An operation over the kinds of act, one method per kind. Adding a kind of act adds a method here,
 * so that every visitor is told at compile time to handle it.
 *
 * @param <R> what the operation returns
 */
public interface ActVisitor<R extends @Nullable Object> {
  /** {@return visits a {@link Speech}} */
  R visitSpeech(Speech speech);

  /** {@return visits a {@link MinuteOfSilence}} */
  R visitMinuteOfSilence(MinuteOfSilence minuteOfSilence);

  /** {@return visits a {@link Presentation}} */
  R visitPresentation(Presentation presentation);

  /** {@return visits a {@link Report}} */
  R visitReport(Report report);

  /** {@return visits a {@link Intervention}} */
  R visitIntervention(Intervention intervention);

  /** {@return visits a {@link Reading}} */
  R visitReading(Reading reading);

  /** {@return visits a {@link Nomination}} */
  R visitNomination(Nomination nomination);

  /** {@return visits a {@link Seconding}} */
  R visitSeconding(Seconding seconding);

  /** {@return visits a {@link Support}} */
  R visitSupport(Support support);

  /** {@return visits a {@link Objection}} */
  R visitObjection(Objection objection);

  /** {@return visits a {@link Proposal}} */
  R visitProposal(Proposal proposal);

  /** {@return visits a {@link Amendment}} */
  R visitAmendment(Amendment amendment);

  /** {@return visits a {@link Withdrawal}} */
  R visitWithdrawal(Withdrawal withdrawal);

  /** {@return visits a {@link HostingOffer}} */
  R visitHostingOffer(HostingOffer hostingOffer);

  /** {@return visits a {@link Instruction}} */
  R visitInstruction(Instruction instruction);

  /** {@return visits a {@link Request}} */
  R visitRequest(Request request);

  /** {@return visits a {@link RequestNoted}} */
  R visitRequestNoted(RequestNoted requestNoted);

  /** {@return visits a {@link PointOfOrder}} */
  R visitPointOfOrder(PointOfOrder pointOfOrder);

  /** {@return visits a {@link Ruling}} */
  R visitRuling(Ruling ruling);

  /** {@return visits a {@link Appeal}} */
  R visitAppeal(Appeal appeal);

  /** {@return visits a {@link Reconsideration}} */
  R visitReconsideration(Reconsideration reconsideration);

  /** {@return visits a {@link Decision}} */
  R visitDecision(Decision decision);

  /** {@return visits a {@link Adoption}} */
  R visitAdoption(Adoption adoption);
}
