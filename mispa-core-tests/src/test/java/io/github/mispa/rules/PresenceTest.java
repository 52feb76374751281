package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.catalogue.RuleSets;
import io.github.mispa.testing.Mutations;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Sessions held on one day share the day's eligibility, worked out once, but each counts its own
 * attendance: the MISPA V record dates no session, so all seven are held on its first day.
 */
class PresenceTest {
  private static OptionalInt presentBefore(MeetingRecord record, String location) {
    return RuleSets.mispa().stateBefore(record, ActLocation.parse(location)).memberStatesPresent();
  }

  @Test
  void eachSessionOfADayCountsItsOwnAttendance() {
    MeetingRecord record = Mutations.withAllDelegations(MispaV.record());
    LocalDate day = record.meeting().startDate();
    record = Mutations.withAttendance(record, 2, Mutations.memberStates(20, day));
    record = Mutations.withAttendance(record, 3, Mutations.memberStates(25, day));

    assertThat(presentBefore(record, "1.a#2")).isEmpty();
    assertThat(presentBefore(record, "2.a#2")).hasValue(20);
    assertThat(presentBefore(record, "3.a#1")).hasValue(25);
    assertThat(presentBefore(record, "4.a#1")).isEmpty();
  }

  @Test
  void aSessionOfAnotherDayHasThatDaysEligibility() {
    // Nicaragua's withdrawal took effect on 19 November 2023: present on the 18th and the 19th, it
    // counts on the 18th only. A session of the 19th that took the 18th's eligibility would count
    // it.
    LocalDate eighteenth = LocalDate.of(2023, 11, 18);
    LocalDate nineteenth = eighteenth.plusDays(1);
    List<String> present = Mutations.memberStates(30, eighteenth);
    assertThat(present).contains("NIC");
    MeetingRecord record =
        Mutations.heldOn(Mutations.withAllDelegations(MispaV.record()), eighteenth);
    record = Mutations.withAttendance(record, 2, present);
    record = Mutations.changeSession(record, 3, s -> s.toBuilder().date(nineteenth).build());
    record = Mutations.withAttendance(record, 3, present);

    assertThat(presentBefore(record, "2.a#2")).hasValue(30);
    assertThat(presentBefore(record, "3.a#1")).hasValue(29);
  }
}
