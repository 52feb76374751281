package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class QuorumTest {

  @Test
  void aStrictQuorumNeedsMoreThanTheFraction() {
    assertThat(Quorum.MAJORITY.required(34)).isEqualTo(18);
    assertThat(Quorum.MAJORITY.required(35)).isEqualTo(18);
    assertThat(Quorum.of(2, 3, true).required(33)).isEqualTo(23);
  }

  @Test
  void aQuorumThatIsNotStrictNeedsAtLeastTheFraction() {
    assertThat(Quorum.of(1, 2, false).required(34)).isEqualTo(17);
    assertThat(Quorum.of(1, 2, false).required(35)).isEqualTo(18);
    assertThat(Quorum.of(2, 3, false).required(34)).isEqualTo(23);
    assertThat(Quorum.of(2, 3, false).required(33)).isEqualTo(22);
    assertThat(Quorum.of(1, 1, false).required(34)).isEqualTo(34);
  }

  @Test
  void theFractionIsAboveZeroAndAtMostOne() {
    assertThat(Quorum.of(1, 1, false)).isNotNull();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quorum.of(0, 2, true))
        .withMessage("a quorum's fraction must be above 0 and at most 1, but was 0/2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quorum.of(3, 2, true))
        .withMessage("a quorum's fraction must be above 0 and at most 1, but was 3/2");
  }

  @Test
  void aQuorumPrintsItsFractionAndStrictness() {
    assertThat(Quorum.MAJORITY).hasToString("more than 1/2 of member states");
    assertThat(Quorum.of(2, 3, false)).hasToString("at least 2/3 of member states");
  }
}
