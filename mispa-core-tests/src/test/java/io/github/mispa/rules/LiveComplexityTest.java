package io.github.mispa.rules;

import static io.github.mispa.testing.Linearity.assertLinearWork;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.ValidRecords;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.rules.catalogue.RuleSets;
import io.github.mispa.testing.RepeatedRecords;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Applying acts live costs the same for each act however many came before: applying a whole record
 * act by act is linear in its acts (doubling the acts at most about doubles the CPU time and the
 * bytes allocated, see {@link io.github.mispa.testing.Linearity}), and the last thousand acts of a
 * long meeting allocate what the last thousand of a short one do.
 */
class LiveComplexityTest {
  private static final RuleSet MISPA = RuleSets.mispa();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** The acts of a record as a meeting would apply them, and where they start. */
  private record Meeting(MeetingRecord opening, MeetingRecord record) {
    static Meeting of(MeetingRecord record) {
      return new Meeting(record.toBuilder().sessions(List.of()).build(), record);
    }
  }

  /**
   * Applies {@code meeting}'s acts live, from its opening, and returns its acts; between {@code
   * from} and {@code to} (ordinals), the bytes allocated are added to {@code bytes[0]}.
   */
  private static int applyLive(Meeting meeting, int from, long[] bytes) {
    LiveMeeting live = LiveMeeting.start(meeting.opening(), MISPA);
    int ordinal = 0;
    long start = 0;
    for (Session session : meeting.record().sessions()) {
      live = live.openSession(session.toBuilder().items(List.of()).build());
      for (AgendaItem item : session.items()) {
        live = live.openItem(item.toBuilder().acts(List.of()).build());
        for (Act act : item.acts()) {
          if (ordinal == from) {
            start = THREADS.getCurrentThreadAllocatedBytes();
          }
          live = live.apply(act).after();
          ordinal++;
        }
      }
    }
    if (ordinal > from) {
      bytes[0] += THREADS.getCurrentThreadAllocatedBytes() - start;
    }
    return live.record().acts().size() + live.findings().size();
  }

  private static void assertLiveIsLinear(String what, IntFunction<MeetingRecord> records, int n) {
    assertLinearWork(
        what + ", applied live",
        size -> Meeting.of(records.apply(size)),
        meeting -> applyLive(meeting, Integer.MAX_VALUE, new long[1]),
        n);
  }

  @Test
  void aValidMeetingAppliedLiveIsLinearInItsActs() {
    assertLiveIsLinear("acts of a valid meeting", n -> ValidRecords.generate(20151119L, n), 4_000);
  }

  @Test
  void supportsOfOneProposalAppliedLiveAreLinear() {
    assertLiveIsLinear("supports of one proposal", RepeatedRecords::supports, 4_000);
  }

  @Test
  void ballotsOfOneVoteAppliedLiveAreLinear() {
    assertLiveIsLinear("ballots of one vote", RepeatedRecords::ballots, 4_000);
  }

  @Test
  void sessionsAppliedLiveAreLinear() {
    assertLiveIsLinear("sessions", RepeatedRecords::sessions, 1_000);
  }

  @Test
  void itemsAppliedLiveAreLinear() {
    assertLiveIsLinear("items of one session", RepeatedRecords::items, 1_000);
  }

  @Test
  void theLastThousandActsOfALongMeetingCostWhatTheyCostInAShortOne() {
    long[] perAct = new long[2];
    int[] sizes = {4_000, 64_000};
    for (int i = 0; i < sizes.length; i++) {
      Meeting meeting = Meeting.of(ValidRecords.generate(20151119L, sizes[i]));
      long least = Long.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        long[] bytes = new long[1];
        applyLive(meeting, sizes[i] - 1_000, bytes);
        least = Math.min(least, bytes[0]);
      }
      perAct[i] = least / 1_000;
    }
    // A copy of what came before at each act would make the long meeting's acts 16 times dearer;
    // the persistent maps are a level deeper there, which costs a little.
    assertThat((double) perAct[1] / perAct[0])
        .as(
            "bytes allocated per act, last 1,000 acts of %,d and %,d: %s",
            4_000, 64_000, java.util.Arrays.toString(perAct))
        .isLessThan(1.5);
  }
}
