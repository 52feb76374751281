package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.mispa.rules.Threshold.Base;
import io.github.mispa.rules.Threshold.Comparison;
import io.github.mispa.rules.Threshold.TieRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

  @ParameterizedTest(name = "{2} {0}/{1} is named {3}")
  @CsvSource({
    "1, 2, MORE_THAN, MAJORITY",
    "2, 3, AT_LEAST, TWO_THIRDS",
    "4, 6, AT_LEAST, TWO_THIRDS",
    "1, 2, AT_LEAST, AT_LEAST",
    "2, 3, MORE_THAN, MORE_THAN",
    "3, 5, AT_LEAST, AT_LEAST",
    "3, 5, MORE_THAN, MORE_THAN"
  })
  void aThresholdIsNamedByItsFractionAndComparison(
      int numerator, int denominator, Comparison comparison, Threshold.Fraction fraction) {
    Threshold threshold =
        Threshold.of(numerator, denominator, comparison, Base.MEMBER_STATES, TieRule.REJECTS);
    assertThat(threshold.fraction()).isEqualTo(fraction);
    assertThat(Threshold.TWO_THIRDS.fraction().code()).isEqualTo("two_thirds");
  }

  @Test
  void withThirtyFourMemberStatesTheAbsoluteMajorityIsEighteenAndTwoThirdsTwentyThree() {
    assertThat(Threshold.ABSOLUTE_MAJORITY.requiredVotes(34)).isEqualTo(18);
    assertThat(Threshold.TWO_THIRDS.requiredVotes(34)).isEqualTo(23);
    assertThat(Quorum.MAJORITY.required(34)).isEqualTo(18);
  }

  @ParameterizedTest(name = "{0} member states: majority {1}, two-thirds {2}")
  @CsvSource({"35, 18, 24", "33, 17, 22", "30, 16, 20", "21, 11, 14", "1, 1, 1", "0, 1, 0"})
  void requiredVotesForOtherMemberships(int members, int majority, int twoThirds) {
    assertThat(Threshold.ABSOLUTE_MAJORITY.requiredVotes(members)).isEqualTo(majority);
    assertThat(Threshold.TWO_THIRDS.requiredVotes(members)).isEqualTo(twoThirds);
  }

  @ParameterizedTest(name = "{0} for, {1} against, {2} abstaining of 34")
  @CsvSource({
    "17, 10, 7, false, false, true",
    "18, 10, 6, true, false, true",
    "22, 12, 0, true, false, true",
    "23, 11, 0, true, true, true",
    "10, 9, 15, false, false, true",
    "10, 10, 14, false, false, false"
  })
  void votesAgainstTheStandardThresholds(
      int votesFor,
      int against,
      int abstaining,
      boolean majority,
      boolean twoThirds,
      boolean simple) {
    int present = votesFor + against + abstaining;
    assertThat(Threshold.ABSOLUTE_MAJORITY.isMet(votesFor, against, abstaining, 34, present))
        .isEqualTo(majority);
    assertThat(Threshold.TWO_THIRDS.isMet(votesFor, against, abstaining, 34, present))
        .isEqualTo(twoThirds);
    assertThat(Threshold.SIMPLE_MAJORITY.isMet(votesFor, against, abstaining, 34, present))
        .isEqualTo(simple);
  }

  @Test
  void abstentionsCountAmongThePresentButNotAmongThoseVoting() {
    Threshold ofPresent =
        Threshold.of(1, 2, Comparison.MORE_THAN, Base.MEMBER_STATES_PRESENT, TieRule.REJECTS);
    // 10 for, 8 against, 5 abstaining: 10 of 23 present is no majority; 10 of 18 voting is.
    assertThat(ofPresent.isMet(10, 8, 5, 34, 23)).isFalse();
    assertThat(Threshold.SIMPLE_MAJORITY.isMet(10, 8, 5, 34, 23)).isTrue();
  }

  @Test
  void aTieRejectsUnlessTheRuleSaysToFollowTheFraction() {
    Threshold halfRejectingTies =
        Threshold.of(1, 2, Comparison.AT_LEAST, Base.PRESENT_AND_VOTING, TieRule.REJECTS);
    Threshold halfFollowingFraction =
        Threshold.of(1, 2, Comparison.AT_LEAST, Base.PRESENT_AND_VOTING, TieRule.FOLLOWS_FRACTION);
    assertThat(halfRejectingTies.isMet(12, 12, 0, 34, 24)).isFalse();
    assertThat(halfFollowingFraction.isMet(12, 12, 0, 34, 24)).isTrue();
  }

  @Test
  void thresholdsAreValuesWithAReadableForm() {
    assertThat(Threshold.of(4, 6, Comparison.AT_LEAST, Base.MEMBER_STATES, TieRule.REJECTS))
        .isEqualTo(Threshold.TWO_THIRDS)
        .hasSameHashCodeAs(Threshold.TWO_THIRDS);
    assertThat(Threshold.TWO_THIRDS).hasToString("at least 2/3 of member states");
    assertThat(Threshold.SIMPLE_MAJORITY).isNotEqualTo(Threshold.ABSOLUTE_MAJORITY);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Threshold.of(3, 2, Comparison.AT_LEAST, Base.MEMBER_STATES, TieRule.REJECTS))
        .withMessageContaining("3/2");
  }

  @Test
  void withTheMemberStatesPresentAsBaseEveryVoteCountsWhenNoAttendanceIsGiven() {
    Threshold ofPresent =
        Threshold.of(1, 2, Comparison.MORE_THAN, Base.MEMBER_STATES_PRESENT, TieRule.REJECTS);
    // Without attendance (present 0) the base is the 20 who voted or abstained: 11 are needed.
    assertThat(ofPresent.isMet(10, 5, 5, 34, 0)).isFalse();
    assertThat(ofPresent.isMet(11, 4, 5, 34, 0)).isTrue();
    assertThat(ofPresent.isMet(11, 4, 5, 34, 25)).isFalse();
  }

  @Test
  void theFractionIsAboveZeroAndAtMostOne() {
    Threshold whole = Threshold.of(1, 1, Comparison.AT_LEAST, Base.MEMBER_STATES, TieRule.REJECTS);

    assertThat(whole.numerator()).isEqualTo(1);
    assertThat(whole.denominator()).isEqualTo(1);
    assertThat(Threshold.TWO_THIRDS.numerator()).isEqualTo(2);
    assertThat(Threshold.TWO_THIRDS.denominator()).isEqualTo(3);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Threshold.of(0, 2, Comparison.AT_LEAST, Base.MEMBER_STATES, TieRule.REJECTS))
        .withMessage("a threshold's fraction must be above 0 and at most 1, but was 0/2");
  }

  @Test
  void aNegativeBaseIsAnError() {
    assertThat(Threshold.TWO_THIRDS.requiredVotes(0)).isZero();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Threshold.TWO_THIRDS.requiredVotes(-1))
        .withMessage("base count must not be negative, but was -1");
  }
}
