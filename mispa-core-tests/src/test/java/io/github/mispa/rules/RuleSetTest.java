package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mispa.examples.MispaV;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.catalogue.ElectionNominated;
import io.github.mispa.rules.catalogue.RuleSets;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  /** A rule of one's own that finds every decision irregular, under a given id. */
  private static final class EveryDecision extends BaseRule {
    EveryDecision(String id) {
      super(id, "house practice", "Every decision is irregular.");
      checks(Decision.class, this::check);
    }

    void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
      findings.irregular("a decision on " + decision.on());
    }
  }

  @Test
  void aRuleSetHasTheDefaultsOfMispaPractice() {
    RuleSet plain = RuleSet.builder().name("plain").build();

    assertThat(plain.viceChairs()).isEqualTo(2);
    assertThat(plain.secondingRequired()).isFalse();
    assertThat(plain.distributionHours()).isEqualTo(12);
    assertThat(plain.quorum()).isEqualTo(Quorum.MAJORITY);
    assertThat(plain.majority(Matter.SUBSTANTIVE).threshold())
        .isEqualTo(Threshold.ABSOLUTE_MAJORITY);
    assertThat(plain.majority(Matter.AGENDA).threshold()).isEqualTo(Threshold.TWO_THIRDS);
    assertThat(plain.majority(Matter.RECONSIDERATION).source()).isEqualTo("GA Rules, Art. 56");
    assertThat(plain.base()).isEqualTo(MembershipBase.OAS);
    assertThat(plain.disputedStanding()).isEqualTo(DisputedStanding.UNDETERMINED);
  }

  @Test
  void aMajorityIsChangedForOneMatterAndEveryMatterHasOne() {
    RuleSet plain = RuleSet.builder().name("plain").build();
    RuleSet changed =
        plain.withMajority(
            Matter.PROCEDURAL, MajorityRule.of(Threshold.SIMPLE_MAJORITY, "house rule"));
    assertThat(changed.majority(Matter.PROCEDURAL).threshold())
        .isEqualTo(Threshold.SIMPLE_MAJORITY);
    assertThat(changed.majority(Matter.SUBSTANTIVE)).isEqualTo(plain.majority(Matter.SUBSTANTIVE));
    assertThatThrownBy(
            () ->
                RuleSet.builder()
                    .name("partial")
                    .majorities(
                        com.google.common.collect.ImmutableMap.of(
                            Matter.SUBSTANTIVE,
                            MajorityRule.of(Threshold.ABSOLUTE_MAJORITY, "Charter")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a procedural question");
  }

  @Test
  void thePermanentCouncilHasOneViceChairPresidedByItsChairByRotation() {
    RuleSet council = RuleSets.named("oas-permanent-council");
    assertThat(council).isSameAs(RuleSets.oasPermanentCouncil());
    assertThat(council.viceChairs()).isEqualTo(1);
    assertThat(council.provisionalPresidency()).isEqualTo(ProvisionalPresidency.CHAIR_BY_ROTATION);
    assertThat(council.majority(Matter.AGENDA).threshold()).isEqualTo(Threshold.ABSOLUTE_MAJORITY);
    assertThat(council.majority(Matter.AGENDA).source()).startsWith("practice");
    assertThat(council.rules()).isEqualTo(RuleSets.mispa().rules());
    assertThat(RuleSets.names())
        .containsExactly("mispa", "oas-general-assembly", "oas-permanent-council");
  }

  @Test
  void aRuleIsFoundByItsId() {
    assertThat(RuleSets.mispa().rule("election.nominated"))
        .containsInstanceOf(ElectionNominated.class);
    assertThat(RuleSets.mispa().rule("election.nominated.not")).isEmpty();
  }

  @Test
  void withoutRuleDropsExactlyThatRule() {
    RuleSet mispa = RuleSets.mispa();
    RuleSet without = mispa.withoutRule("election.nominated");

    assertThat(without.rules()).hasSize(mispa.rules().size() - 1);
    assertThat(without.rule("election.nominated")).isEmpty();
    assertThat(without.rule("election.chair-first")).isPresent();
  }

  @Test
  void withoutAnUnknownRuleIsAnError() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleSets.mispa().withoutRule("no.such-rule"))
        .withMessage("rule set \"mispa\" has no rule \"no.such-rule\"");
  }

  @Test
  void withRuleReplacesTheRuleWithTheSameIdInItsPlaceAndAppendsANewOne() {
    RuleSet mispa = RuleSets.mispa();
    int place = mispa.rules().indexOf(mispa.rule("election.nominated").orElseThrow());
    Rule replacement = new EveryDecision("election.nominated");
    Rule added = new EveryDecision("house.every-decision");

    RuleSet replaced = mispa.withRule(replacement);
    RuleSet extended = mispa.withRule(added);

    assertThat(replaced.rules()).hasSameSizeAs(mispa.rules());
    assertThat(replaced.rules().get(place)).isSameAs(replacement);
    assertThat(extended.rules()).hasSize(mispa.rules().size() + 1);
    assertThat(extended.rules().get(mispa.rules().size())).isSameAs(added);
    assertThat(extended.rules().get(place)).isInstanceOf(ElectionNominated.class);
  }

  @Test
  void rulesOfOneClassAndIdAreEqualAndPrintTheirId() {
    Rule rule = new EveryDecision("house.every-decision");

    assertThat(rule).isEqualTo(new EveryDecision("house.every-decision"));
    assertThat(rule).hasSameHashCodeAs(new EveryDecision("house.every-decision"));
    assertThat(rule).isNotEqualTo(new EveryDecision("house.other"));
    assertThat(new ElectionNominated()).isNotEqualTo(new EveryDecision("election.nominated"));
    assertThat(rule).hasToString("house.every-decision");
    assertThat(rule.description()).isEqualTo("Every decision is irregular.");
    assertThat(rule.citation()).isEqualTo("house practice");
  }

  @Test
  void parametersMustNotBeNegativeButMayBeZero() {
    RuleSet.Builder base = RuleSets.mispa().toBuilder();

    assertThat(base.viceChairs(0).distributionHours(0).build().viceChairs()).isZero();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleSets.mispa().toBuilder().viceChairs(-1).build())
        .withMessage("viceChairs must not be negative, but was -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleSets.mispa().toBuilder().distributionHours(-1).build())
        .withMessage("distributionHours must not be negative, but was -1");
  }

  @Test
  void aRuleListedTwiceIsAnError() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                RuleSet.builder()
                    .name("twice")
                    .addRules(new EveryDecision("house.x"), new EveryDecision("house.x"))
                    .build())
        .withMessage("rule set \"twice\" lists rule \"house.x\" twice");
  }

  @Test
  void theStateBeforeAnActTheRecordLacksIsAnError() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> RuleSets.mispa().stateBefore(MispaV.record(), ActLocation.parse("2.a#99")))
        .withMessage("the record has no act at 2.a#99");
  }

  @Test
  void findingsOnOneActAreOrderedByRuleIdWhateverTheOrderOfTheRules() {
    RuleSet house =
        RuleSet.builder()
            .name("house")
            .addRules(new EveryDecision("house.b"), new EveryDecision("house.a"))
            .build();

    Verdict verdict = house.check(MispaV.record());

    Finding first = verdict.findings().get(0);
    assertThat(verdict.findings().subList(0, 2))
        .extracting(Finding::ruleId)
        .containsExactly("house.a", "house.b");
    assertThat(verdict.findings().get(1).location()).isEqualTo(first.location());
    assertThat(verdict.isClean()).isFalse();
    assertThat(verdict.isStrictlyClean()).isFalse();
    assertThat(verdict.findings(FindingKind.IRREGULAR)).hasSameSizeAs(verdict.findings());
    assertThat(verdict.findings(FindingKind.VOID)).isEmpty();
    assertThat(verdict)
        .hasToString(
            "MISPA V under house: 0 void, "
                + verdict.findings().size()
                + " irregular, 0 undetermined");
  }

  @Test
  void aRecordWithNoFindingIsStrictlyClean() {
    Verdict verdict = RuleSet.builder().name("empty").build().check(MispaV.record());

    assertThat(verdict.isStrictlyClean()).isTrue();
    assertThat(verdict.isClean()).isTrue();
    assertThat(verdict.undeterminedByRule().isEmpty()).isTrue();
  }
}
