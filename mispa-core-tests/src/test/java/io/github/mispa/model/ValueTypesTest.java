package io.github.mispa.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Builders and factories reject null, blank, out-of-range and inconsistent values by name. */
class ValueTypesTest {

  @Test
  void aMissingRequiredAttributeIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Person.builder().id("x").build())
        .withMessageContaining("name")
        .withMessageContaining("participant");
  }

  @Test
  void nullsAreRejectedWithTheAttributesName() {
    assertThatNullPointerException()
        .isThrownBy(() -> Person.builder().name(null))
        .withMessageContaining("name");
    assertThatNullPointerException()
        .isThrownBy(() -> Venue.of("Lima", null))
        .withMessageContaining("country");
    assertThatNullPointerException()
        .isThrownBy(() -> DocumentSymbol.parse(null))
        .withMessageContaining("text");
  }

  @Test
  void blankTextIsRejectedWithTheAttributeAndValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Person.builder().id("x").name("  ").participant("PER").build())
        .withMessage("name of person \"x\" must not be blank, but was \"  \"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Venue.of("", MemberState.PERU))
        .withMessageContaining("city");
  }

  @Test
  void malformedIdsAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Person.builder().id("josé luis").name("José").participant("PER").build())
        .withMessageContaining("person id")
        .withMessageContaining("\"josé luis\"");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Participant.builder().id("-PER").kind(ParticipantKind.OAS_ORGAN).name("x").build())
        .withMessageContaining("participant id");
  }

  @Test
  void aDelegationNeedsAStateAndOnlyADelegationHasOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Participant.builder()
                    .id("X")
                    .kind(ParticipantKind.MEMBER_STATE_DELEGATION)
                    .name("X")
                    .build())
        .withMessageContaining("participant \"X\"")
        .withMessageContaining("MEMBER_STATE_DELEGATION");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Participant.builder()
                    .id("FRA")
                    .kind(ParticipantKind.PERMANENT_OBSERVER)
                    .state(MemberState.PERU)
                    .build())
        .withMessageContaining("PERMANENT_OBSERVER");
  }

  @Test
  void aDelegationIsNamedAfterItsState() {
    Participant peru = Participant.delegationOf(MemberState.PERU);
    assertThat(peru.id()).isEqualTo("PER");
    assertThat(peru.name()).isEqualTo("Peru");
    assertThat(peru.may(Capability.DECIDE)).isTrue();
    assertThat(
            Participant.builder()
                .id("UNODC")
                .kind(ParticipantKind.INTERNATIONAL_ORGANIZATION)
                .name("UNODC")
                .build()
                .may(Capability.DECIDE))
        .isFalse();
  }

  @Test
  void aMeetingCannotEndBeforeItStarts() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                meeting()
                    .startDate(LocalDate.of(2015, 11, 20))
                    .endDate(LocalDate.of(2015, 11, 19))
                    .build())
        .withMessage("MISPA V ends (2015-11-19) before it starts (2015-11-20)");
  }

  @Test
  void thePreviousMeetingComesBefore() {
    PreviousMeeting later =
        PreviousMeeting.builder()
            .edition(Edition.of(6))
            .venue(Venue.of("Tegucigalpa", MemberState.HONDURAS))
            .startDate(LocalDate.of(2013, 1, 1))
            .endDate(LocalDate.of(2013, 1, 2))
            .build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> meeting().previous(later).build())
        .withMessageContaining("the previous meeting's edition (VI) must come before MISPA V");
  }

  @Test
  void aMeetingWorksInAtLeastOneLanguage() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Meeting.builder()
                    .series(MeetingSeries.MISPA)
                    .edition(Edition.of(5))
                    .venue(Venue.of("Lima", MemberState.PERU))
                    .startDate(LocalDate.of(2015, 11, 19))
                    .endDate(LocalDate.of(2015, 11, 20))
                    .build())
        .withMessageContaining("at least one official language");
    assertThat(meeting().build().name()).isEqualTo("MISPA V");
  }

  @Test
  void personsIntroduceThemselvesAsAReportDoes() {
    Person perez =
        Person.builder()
            .id("perez")
            .honorific("Mr.")
            .name("José Luis Pérez Guadalupe")
            .position("Minister of the Interior of Peru")
            .participant("PER")
            .build();
    assertThat(perez.displayName())
        .isEqualTo("Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru");
    assertThat(perez.toBuilder().build()).isEqualTo(perez);
  }

  @Test
  void seriesCodesAreCapitalLetters() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MeetingSeries.of("mispa", "x"))
        .withMessageContaining("\"mispa\"");
    assertThat(OfficialLanguage.fromCode("PT")).isEqualTo(OfficialLanguage.PORTUGUESE);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OfficialLanguage.fromCode("de"))
        .withMessageContaining("\"de\"");
  }

  private static Meeting.Builder meeting() {
    return Meeting.builder()
        .series(MeetingSeries.MISPA)
        .edition(Edition.of(5))
        .venue(Venue.of("Lima", MemberState.PERU))
        .startDate(LocalDate.of(2015, 11, 19))
        .endDate(LocalDate.of(2015, 11, 20))
        .addLanguages(OfficialLanguage.SPANISH);
  }
}
