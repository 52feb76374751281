package io.github.mispa.rules;

import static io.github.mispa.testing.Linearity.assertLinear;

import io.github.mispa.rules.catalogue.RuleSets;
import io.github.mispa.testing.RepeatedRecords;
import org.junit.jupiter.api.Test;

/**
 * The complexity guard: no kind of repetition in a record makes building or checking it more than
 * linear. Each test doubles one kind three times (see {@link io.github.mispa.testing.Linearity}).
 * The last ones double two kinds together, where the work for one grows with the other; those
 * disabled are quadratic today, in code that their reason names.
 */
class ComplexityGuardTest {
  private static final RuleSet MISPA = RuleSets.mispa();

  @Test
  void supportsOfOneProposal() {
    assertLinear("supports of one proposal", RepeatedRecords::supports, 4_000, MISPA);
  }

  @Test
  void objectionsToOneProposal() {
    assertLinear("objections to one proposal", RepeatedRecords::objections, 4_000, MISPA);
  }

  @Test
  void secondingsOfOneNomination() {
    assertLinear("secondings of one nomination", RepeatedRecords::secondings, 4_000, MISPA);
  }

  @Test
  void amendmentsOfOneProposal() {
    assertLinear("amendments of one proposal", RepeatedRecords::amendments, 2_000, MISPA);
  }

  @Test
  void ballotsOfOneVote() {
    assertLinear("ballots of one vote", RepeatedRecords::ballots, 4_000, MISPA);
  }

  @Test
  void nominationsDecidedTogether() {
    assertLinear("nominations decided together", RepeatedRecords::nominations, 1_000, MISPA);
  }

  @Test
  void subjectsOfOneDecision() {
    assertLinear("subjects of one decision", RepeatedRecords::subjectsOfOneDecision, 2_000, MISPA);
  }

  @Test
  void sessions() {
    assertLinear("sessions", RepeatedRecords::sessions, 1_000, MISPA);
  }

  @Test
  void itemsOfOneSession() {
    assertLinear("items of one session", RepeatedRecords::items, 1_000, MISPA);
  }

  @Test
  void persons() {
    assertLinear("persons", RepeatedRecords::persons, 4_000, MISPA);
  }

  @Test
  void documents() {
    assertLinear("documents", RepeatedRecords::documents, 2_000, MISPA);
  }

  @Test
  void participants() {
    assertLinear("participants", RepeatedRecords::participants, 2_000, MISPA);
  }

  @Test
  void hostingOffers() {
    assertLinear("hosting offers", RepeatedRecords::hostingOffers, 2_000, MISPA);
  }

  @Test
  void sessionsAndParticipants() {
    assertLinear(
        "sessions and participants", RepeatedRecords::sessionsAndParticipants, 1_000, MISPA);
  }

  @Test
  void closingSessionsAndOutcomeDocuments() {
    assertLinear(
        "closing sessions and outcome documents",
        RepeatedRecords::closingSessionsAndOutcomeDocuments,
        250,
        MISPA);
  }

  @Test
  void decisionsBeforeTheAgendaAndDocuments() {
    assertLinear(
        "decisions before the agenda, and documents",
        RepeatedRecords::decisionsBeforeTheAgendaAndDocuments,
        1_000,
        MISPA);
  }

  @Test
  void agendaRejectionsAndAgendas() {
    assertLinear(
        "rejections of agendas, and agendas",
        RepeatedRecords::agendaRejectionsAndAgendas,
        1_000,
        MISPA);
  }

  @Test
  void viceChairsUnderARuleSetWithoutALimit() {
    assertLinear(
        "vice chairs elected one at a time",
        RepeatedRecords::viceChairs,
        1_000,
        MISPA.toBuilder().viceChairs(Integer.MAX_VALUE).build());
  }
}
