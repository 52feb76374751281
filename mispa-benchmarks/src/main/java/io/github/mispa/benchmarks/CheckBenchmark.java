package io.github.mispa.benchmarks;

import io.github.mispa.examples.ValidRecords;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
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
 * Check scaling: the full check (replay and every rule of the {@code mispa} set) of synthetic
 * records from 1,000 to 1,000,000 acts that follow the procedure (they check strictly clean up to
 * about 700,000 acts; a million acts give 5,517 undetermined findings, see {@code ValidRecords}).
 * Divide the time by the number of acts for the time per act.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
public class CheckBenchmark {
  /** The number of acts of the record. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int acts;

  private MeetingRecord record;
  private RuleSet rules;

  /** Generates the record once per trial. */
  @Setup
  public void setUp() {
    record = ValidRecords.generate(Records.SEED, acts);
    rules = RuleSets.mispa();
    // The record lives as long as the trial, as an archive does in a service: collect now so that
    // it is tenured before measurement, and the first collections measured do not copy it.
    System.gc();
  }

  /** {@return the verdict of the full check} */
  @Benchmark
  public Verdict check() {
    return rules.check(record);
  }
}
