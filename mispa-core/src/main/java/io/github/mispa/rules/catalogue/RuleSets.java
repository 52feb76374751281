package io.github.mispa.rules.catalogue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mispa.rules.MajorityRule;
import io.github.mispa.rules.Matter;
import io.github.mispa.rules.MembershipBase;
import io.github.mispa.rules.ProvisionalPresidency;
import io.github.mispa.rules.Quorum;
import io.github.mispa.rules.Rule;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Threshold;

/**
 * The standard rule sets and the catalogue of rules.
 *
 * <pre>{@code
 * Verdict verdict = RuleSets.mispa().check(record);
 * RuleSet assembly = RuleSets.named("oas-general-assembly");
 * }</pre>
 */
public final class RuleSets {
  private static final ImmutableList<Rule> CATALOGUE =
      ImmutableList.of(
          new ParticipationAccredited(),
          new ParticipationMemberDecides(),
          new VoteOnePerState(),
          new PresidingProvisional(),
          new PresidingDeclares(),
          new ElectionChairFirst(),
          new ElectionBeforeAgenda(),
          new ElectionNominated(),
          new ElectionSeconderDistinct(),
          new ElectionAcclamationUnopposed(),
          new ElectionOfficeCapacity(),
          new ElectionOneOffice(),
          new ReportByRapporteur(),
          new AgendaAdoptedFirst(),
          new AgendaThreshold(),
          new ProposalDistributed(),
          new AmendmentPartial(),
          new AmendmentTargetPending(),
          new ProposalWithdrawal(),
          new DecisionReconsideration(),
          new PointOfOrderRuling(),
          new DocumentAdoptedOnce(),
          new DecisionQuorum(),
          new DecisionUnopposed(),
          new DecisionThreshold(),
          new VoteTally(),
          new VoteAnnouncedBase(),
          new HostingOfferByMember(),
          new HostingAcceptedByDecision(),
          new SessionOrder(),
          new OutcomeBeforeClosing());

  private static final RuleSet MISPA =
      RuleSet.builder()
          .name("mispa")
          .rules(CATALOGUE)
          .viceChairs(2)
          .secondingRequired(false)
          .provisionalPresidency(ProvisionalPresidency.PREVIOUS_CHAIR)
          .quorum(Quorum.MAJORITY)
          .majorities(RuleSet.DEFAULT_MAJORITIES)
          .base(MembershipBase.OAS)
          .build();

  private static final RuleSet GENERAL_ASSEMBLY =
      MISPA.toBuilder()
          .name("oas-general-assembly")
          .provisionalPresidency(ProvisionalPresidency.DESIGNATED_BY_HOST)
          .build();

  /**
   * The Permanent Council's majorities. Its Rules of Procedure (CP/doc.1112/80 rev. 4 corr. 1) have
   * a chapter on voting whose articles could not be consulted, so each majority but the
   * reconsideration's cites practice; the Charter's two-thirds for the Council acting in the
   * peaceful settlement of disputes (Art. 89, the parties left out of the count) is one a record
   * states for its decision.
   */
  private static final ImmutableMap<Matter, MajorityRule> COUNCIL_MAJORITIES =
      ImmutableMap.<Matter, MajorityRule>builder()
          .put(
              Matter.SUBSTANTIVE,
              MajorityRule.of(
                  Threshold.ABSOLUTE_MAJORITY,
                  "practice: the Council decides by the absolute majority of the member states"))
          .put(
              Matter.PROCEDURAL,
              MajorityRule.of(
                  Threshold.ABSOLUTE_MAJORITY,
                  "practice: the absolute majority of the member states"))
          .put(
              Matter.AGENDA,
              MajorityRule.of(
                  Threshold.ABSOLUTE_MAJORITY,
                  "practice: the Council approves its order of business as it decides other"
                      + " questions; the two-thirds for the agenda is the General Assembly's"))
          .put(
              Matter.RECONSIDERATION,
              MajorityRule.of(Threshold.TWO_THIRDS, "practice, as GA Rules, Art. 56"))
          .put(
              Matter.ELECTION,
              MajorityRule.of(
                  Threshold.ABSOLUTE_MAJORITY,
                  "practice: the absolute majority of the member states"))
          .put(
              Matter.SUSPENSION_OF_RULE,
              MajorityRule.of(Threshold.TWO_THIRDS, "practice, as GA Rules, Art. 53"))
          .buildOrThrow();

  private static final RuleSet PERMANENT_COUNCIL =
      MISPA.toBuilder()
          .name("oas-permanent-council")
          // Statutes of the Permanent Council, Arts. 5-7: a Chair and a Vice Chair, by rotation
          // for three months; the Vice Chair replaces an absent Chair.
          .provisionalPresidency(ProvisionalPresidency.CHAIR_BY_ROTATION)
          .viceChairs(1)
          .majorities(COUNCIL_MAJORITIES)
          .build();

  private RuleSets() {}

  /**
   * {@return the rules of the MISPA process}: the Document of Port of Spain, the General Assembly's
   * rules as its fallback, and MISPA practice. At most 2 vice chairs; seconding not required; the
   * previous meeting's chair presides until the chair is elected; quorum the majority of the member
   * states; votes by the absolute majority of the member states, but two-thirds for the agenda, for
   * reconsideration and to suspend a rule ({@link RuleSet#DEFAULT_MAJORITIES}); the member states
   * counted as {@link MembershipBase#OAS} counts them, a member whose representation is disputed
   * counted, and whether its vote counts left undetermined.
   */
  public static RuleSet mispa() {
    return MISPA;
  }

  /**
   * {@return the rules of the OAS General Assembly}: as {@link #mispa()}, but the provisional
   * president is whoever the host designates.
   */
  public static RuleSet oasGeneralAssembly() {
    return GENERAL_ASSEMBLY;
  }

  /**
   * {@return the rules of the OAS Permanent Council}: its Chair and its one Vice Chair hold office
   * by rotation, three months each, and the Chair presides over every meeting, the Vice Chair in
   * the Chair's absence (Statutes of the Permanent Council, Arts. 5–7), so the record names the
   * Chair as the meeting's designated president; decisions by the absolute majority of the member
   * states, the agenda included; two-thirds to reconsider and to suspend a rule; quorum a majority
   * of the member states (practice, where the Council's Rules of Procedure could not be cited by
   * article). As {@link #mispa()} in all else.
   */
  public static RuleSet oasPermanentCouncil() {
    return PERMANENT_COUNCIL;
  }

  /**
   * Returns the standard rule set with this name: {@code mispa}, {@code oas-general-assembly} or
   * {@code oas-permanent-council}.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static RuleSet named(String name) {
    return switch (name) {
      case "mispa" -> MISPA;
      case "oas-general-assembly" -> GENERAL_ASSEMBLY;
      case "oas-permanent-council" -> PERMANENT_COUNCIL;
      default -> {
        checkArgument(
            false,
            "no standard rule set is named \"%s\" (mispa, oas-general-assembly,"
                + " oas-permanent-council)",
            name);
        throw new AssertionError();
      }
    };
  }

  /** {@return the names of the standard rule sets} */
  public static ImmutableList<String> names() {
    return ImmutableList.of("mispa", "oas-general-assembly", "oas-permanent-council");
  }

  /** {@return every rule of the catalogue, in the order of {@code docs/rules.md}} */
  public static ImmutableList<Rule> catalogue() {
    return CATALOGUE;
  }
}
