package io.github.mispa.rules;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.StateProbe;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.catalogue.RuleSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Checking any record that could be built: never throws, same findings every time, valid places.
 */
class ReplayPropertiesTest {

  @Test
  void checkingAGeneratedRecordNeverThrowsAndFindingsPointAtItsActs() {
    qt(150)
        .forAll(longs().all(), integers().between(0, 600))
        .checkAssert(
            (seed, size) -> {
              MeetingRecord record = SyntheticRecords.generate(seed, size);
              Verdict first = RuleSets.mispa().check(record);
              Verdict second =
                  RuleSets.oasGeneralAssembly().toBuilder()
                      .name("mispa-again")
                      .provisionalPresidency(RuleSets.mispa().provisionalPresidency())
                      .build()
                      .check(record);

              assertThat(second.findings()).isEqualTo(first.findings());
              assertThat(first.findings()).isSorted();
              for (Finding f : first.findings()) {
                Optional<RecordedAct> act = record.act(f.location());
                assertThat(act).as("act at %s", f.location()).isPresent();
                assertThat(f.path()).startsWith(act.get().path());
                assertThat(RuleSets.mispa().rule(f.ruleId())).isPresent();
              }
            });
  }

  /** The fingerprints a probe records during a check of {@code record}, act by act. */
  private static StateProbe probe(MeetingRecord record) {
    StateProbe probe = new StateProbe();
    RuleSets.mispa().withRule(probe).check(record);
    return probe;
  }

  /** Every act's state before it, as stateBefore gives it, equals what the check showed there. */
  private static void assertStateBeforeIsWhatTheCheckSaw(MeetingRecord record) {
    StateProbe probe = probe(record);
    assertThat(probe.seen()).containsExactlyElementsOf(record.acts());
    for (int i = 0; i < record.acts().size(); i++) {
      RecordedAct act = record.acts().get(i);
      assertThat(StateProbe.fingerprint(RuleSets.mispa().stateBefore(record, act.location())))
          .as("the state before %s", act.location())
          .isEqualTo(probe.fingerprints().get(i));
    }
  }

  @Test
  void theStateBeforeEachActOfMispaVIsTheStateTheCheckSawThere() {
    assertStateBeforeIsWhatTheCheckSaw(MispaV.record());
  }

  @Test
  void theStateBeforeEachActOfAGeneratedRecordIsTheStateTheCheckSawThere() {
    qt(25)
        .forAll(longs().all(), integers().between(1, 120))
        .checkAssert(
            (seed, size) ->
                assertStateBeforeIsWhatTheCheckSaw(SyntheticRecords.generate(seed, size)));
  }

  @Test
  void theProbeSeesStatesChangeSoItsFingerprintsCanTellThemApart() {
    // A check that could not fail: the fingerprints of MISPA V differ from act to act.
    assertThat(ImmutableSet.copyOf(probe(MispaV.record()).fingerprints()).size()).isGreaterThan(40);
  }

  @Test
  void aVerdictsFinalStateNeverChangesAndReadsAlikeFromManyThreads() throws Exception {
    MeetingRecord record = SyntheticRecords.generate(11, 2_000);
    Verdict verdict = RuleSets.mispa().check(record);
    String before = StateProbe.fingerprint(verdict.finalState());
    RuleSets.mispa().check(record);
    RuleSets.mispa().stateBefore(record, record.acts().get(1_000).location());
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> reads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(threads.submit(() -> StateProbe.fingerprint(verdict.finalState())));
      }
      for (Future<String> read : reads) {
        assertThat(read.get()).isEqualTo(before);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(StateProbe.fingerprint(verdict.finalState())).isEqualTo(before);
  }

  @Test
  void largeRecordsCheckInOnePass() {
    MeetingRecord record = SyntheticRecords.generate(7, 20_000);
    // Fingerprints of 20,000 states are not needed here: only which acts were shown, in order.
    StateProbe probe = StateProbe.actsOnly();
    Verdict verdict = RuleSets.mispa().withRule(probe).check(record);
    assertThat(probe.seen())
        .as("acts shown to the rules, once each, in order")
        .containsExactlyElementsOf(record.acts());
    assertThat(verdict.findings()).isNotEmpty().isSorted();
    assertThat(verdict.toString()).startsWith("MISPA IX under mispa: ");
  }
}
