package io.github.mispa.rules.catalogue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
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
          .defaultThreshold(Threshold.ABSOLUTE_MAJORITY)
          .agendaThreshold(Threshold.TWO_THIRDS)
          .reconsiderationThreshold(Threshold.TWO_THIRDS)
          .build();

  private static final RuleSet GENERAL_ASSEMBLY =
      MISPA.toBuilder()
          .name("oas-general-assembly")
          .provisionalPresidency(ProvisionalPresidency.DESIGNATED_BY_HOST)
          .build();

  private RuleSets() {}

  /**
   * {@return the rules of the MISPA process}: the Document of Port of Spain, the General Assembly's
   * rules as its fallback, and MISPA practice. At most 2 vice chairs; seconding not required; the
   * previous meeting's chair presides until the chair is elected; quorum and default threshold the
   * majority of the member states; two-thirds for the agenda and for reconsideration.
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
   * Returns the standard rule set with this name: {@code mispa} or {@code oas-general-assembly}.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static RuleSet named(String name) {
    return switch (name) {
      case "mispa" -> MISPA;
      case "oas-general-assembly" -> GENERAL_ASSEMBLY;
      default -> {
        checkArgument(
            false, "no standard rule set is named \"%s\" (mispa, oas-general-assembly)", name);
        throw new AssertionError();
      }
    };
  }

  /** {@return every rule of the catalogue, in the order of {@code RULES.md}} */
  public static ImmutableList<Rule> catalogue() {
    return CATALOGUE;
  }
}
