package io.github.mispa.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MemberStateTest {

  @Test
  void thereAreThirtyFiveMemberStatesWithDistinctCodes() {
    assertThat(MemberState.values()).hasSize(35);
    assertThat(Arrays.stream(MemberState.values()).map(MemberState::alpha2))
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(MemberState.values()).map(MemberState::alpha3))
        .doesNotHaveDuplicates();
  }

  @Test
  void findsStatesByEitherCodeInAnyCase() {
    assertThat(MemberState.fromCode("HN")).isEqualTo(MemberState.HONDURAS);
    assertThat(MemberState.fromCode("hnd")).isEqualTo(MemberState.HONDURAS);
    assertThat(MemberState.fromCode("AG")).isEqualTo(MemberState.ANTIGUA_AND_BARBUDA);
    assertThat(MemberState.findByCode("FRA")).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemberState.fromCode("FRA"))
        .withMessageContaining("\"FRA\"");
  }

  @Test
  void hondurasWasSuspendedIn2010AndRestoredIn2011() {
    assertThat(MemberState.HONDURAS.standingOn(LocalDate.of(2009, 7, 3)))
        .isEqualTo(Standing.MEMBER);
    assertThat(MemberState.HONDURAS.standingOn(LocalDate.of(2010, 6, 1)))
        .isEqualTo(Standing.SUSPENDED);
    assertThat(MemberState.HONDURAS.isMemberInGoodStanding(LocalDate.of(2010, 6, 1))).isFalse();
    assertThat(MemberState.HONDURAS.isMemberInGoodStanding(LocalDate.of(2011, 6, 1))).isTrue();
    assertThat(MemberState.HONDURAS.isMemberInGoodStanding(LocalDate.of(2015, 11, 19))).isTrue();
  }

  @Test
  void nicaraguaIsAMemberDuringItsNoticeAndWithdrawnIn2024() {
    assertThat(MemberState.NICARAGUA.isMemberInGoodStanding(LocalDate.of(2015, 11, 19))).isTrue();
    assertThat(MemberState.NICARAGUA.isMemberInGoodStanding(LocalDate.of(2022, 6, 1))).isTrue();
    assertThat(MemberState.NICARAGUA.standingOn(LocalDate.of(2021, 11, 18)))
        .isEqualTo(Standing.MEMBER);
    assertThat(MemberState.NICARAGUA.standingOn(LocalDate.of(2021, 11, 19)))
        .isEqualTo(Standing.DENUNCIATION_PENDING);
    assertThat(MemberState.NICARAGUA.standingOn(LocalDate.of(2023, 11, 18)))
        .isEqualTo(Standing.DENUNCIATION_PENDING);
    assertThat(MemberState.NICARAGUA.standingOn(LocalDate.of(2024, 3, 1)))
        .isEqualTo(Standing.WITHDRAWN);
    assertThat(MemberState.NICARAGUA.isMemberInGoodStanding(LocalDate.of(2024, 3, 1))).isFalse();
  }

  @Test
  void venezuelasStandingIsDisputedIn2020() {
    assertThat(MemberState.VENEZUELA.standingOn(LocalDate.of(2015, 11, 19)))
        .isEqualTo(Standing.MEMBER);
    assertThat(MemberState.VENEZUELA.standingOn(LocalDate.of(2020, 1, 1)))
        .isEqualTo(Standing.DISPUTED);
    assertThat(MemberState.VENEZUELA.isMemberInGoodStanding(LocalDate.of(2020, 1, 1))).isFalse();
  }

  @Test
  void cubaWasExcludedAndDoesNotParticipate() {
    assertThat(MemberState.CUBA.standingOn(LocalDate.of(1990, 1, 1))).isEqualTo(Standing.EXCLUDED);
    assertThat(MemberState.CUBA.standingOn(LocalDate.of(2015, 11, 19)))
        .isEqualTo(Standing.NOT_PARTICIPATING);
    assertThat(MemberState.CUBA.isMemberInGoodStanding(LocalDate.of(2015, 11, 19))).isFalse();
  }

  @Test
  void thirtyFourStatesWereInGoodStandingAtMispaV() {
    LocalDate mispaV = LocalDate.of(2015, 11, 19);
    assertThat(Arrays.stream(MemberState.values()).filter(s -> s.isMemberInGoodStanding(mispaV)))
        .hasSize(34);
  }

  @Test
  void everyChangeCitesItsSource() {
    for (MemberState state : MemberState.values()) {
      for (StandingChange change : state.standingChanges()) {
        assertThat(change.source()).isNotBlank();
      }
    }
    assertThat(MemberState.HONDURAS.standingChanges().get(0).source())
        .isEqualTo("AG/RES. 2 (XXXVII-E/09)");
  }
}
