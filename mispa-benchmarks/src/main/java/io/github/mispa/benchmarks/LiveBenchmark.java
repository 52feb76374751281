package io.github.mispa.benchmarks;

import io.github.mispa.examples.ValidRecords;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.rules.LiveMeeting;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A meeting applied live against the whole check of its record, on the records of {@link
 * CheckBenchmark} from 100 to 100,000 acts: {@code live} opens every session and item and applies
 * every act one at a time ({@link LiveMeeting#apply}), each giving its findings and a snapshot that
 * never changes, from the meeting as it starts (its participants, persons and documents, made once
 * per trial: a snapshot can be applied to again and again); {@code check} is {@link RuleSet#check}
 * of the finished record; {@code buildAndCheck} builds the record from its sessions (indexing it
 * and checking its references, as the live meeting does act by act) and then checks it. Divide each
 * time by the number of acts for the time per act.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
public class LiveBenchmark {
  /** The number of acts of the record. */
  @Param({"100", "1000", "10000", "100000"})
  public int acts;

  private MeetingRecord record;
  private LiveMeeting started;

  /** The sessions, items and acts as the meeting takes them up: a Session, AgendaItem or Act. */
  private Object[] steps;

  private RuleSet rules;

  /** Generates the record once per trial, and the steps of its meeting. */
  @Setup
  public void setUp() {
    record = ValidRecords.generate(Records.SEED, acts);
    steps = steps(record);
    rules = RuleSets.mispa();
    started = LiveMeeting.start(record.toBuilder().sessions(List.of()).build(), rules);
    System.gc();
  }

  /** {@return the sessions (without items), items (without acts) and acts of {@code record}} */
  static Object[] steps(MeetingRecord record) {
    List<Object> steps = new ArrayList<>();
    for (Session session : record.sessions()) {
      steps.add(session.toBuilder().items(List.of()).build());
      for (AgendaItem item : session.items()) {
        steps.add(item.toBuilder().acts(List.of()).build());
        steps.addAll(item.acts());
      }
    }
    return steps.toArray();
  }

  /** Applies the {@code steps} of a meeting live from {@code live}, as it starts. */
  static LiveMeeting applyLive(LiveMeeting live, Object[] steps) {
    for (Object step : steps) {
      if (step instanceof Act act) {
        live = live.apply(act).after();
      } else if (step instanceof AgendaItem item) {
        live = live.openItem(item);
      } else {
        live = live.openSession((Session) step);
      }
    }
    return live;
  }

  /** {@return the meeting after every act applied live, one at a time} */
  @Benchmark
  public LiveMeeting live() {
    return applyLive(started, steps);
  }

  /** {@return the verdict of the whole check of the finished record} */
  @Benchmark
  public Verdict check() {
    return rules.check(record);
  }

  /** {@return the verdict of the whole check of the record, built again from its sessions} */
  @Benchmark
  public Verdict buildAndCheck() {
    return rules.check(record.toBuilder().build());
  }
}
