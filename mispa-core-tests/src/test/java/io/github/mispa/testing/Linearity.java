package io.github.mispa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The complexity guard: builds and checks records of {@code n}, {@code 2n}, {@code 4n} and {@code
 * 8n} repetitions of one thing, and fails if the work grows by more than {@value
 * #MAX_GROWTH_PER_DOUBLING}× per doubling. Linear work doubles; quadratic work quadruples.
 *
 * <p>Work is measured twice, both by the thread that works, so that other processes on the machine
 * count for little: the bytes it allocates (deterministic once the code is compiled) and its CPU
 * time. Of each, the least of the runs is taken: other work on the machine, a collection or a
 * compilation can only add to a run, and a quadratic cost is in every run. The growth is taken over
 * the three doublings at once (the cube root of the ratio between {@code 8n} and {@code n}): linear
 * work gives about 2, quadratic work about 4, and noise of up to 1.9× between the smallest and the
 * largest size cannot make linear work fail. Any generator of records can be put under the guard:
 * it is a function from {@code n} to a record.
 */
public final class Linearity {
  /** The most that work may grow when the repetitions double. */
  public static final double MAX_GROWTH_PER_DOUBLING = 2.5;

  private static final int DOUBLINGS = 3;
  private static final int RUNS = 5;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Keeps the results alive, so that no work is optimised away. */
  @SuppressWarnings("unused")
  private static volatile int sink;

  private Linearity() {}

  /** The work of one run: building and checking, in CPU nanoseconds and bytes allocated. */
  private record Work(long buildCpu, long buildBytes, long checkCpu, long checkBytes) {}

  /**
   * Asserts that building and checking records of {@code n} repetitions under {@code rules} is
   * linear in {@code n}.
   *
   * @param what what is repeated, for the failure message: "supports of one proposal"
   * @param records the record with a given number of repetitions
   * @param n the smallest number of repetitions measured; make it large enough that the repeated
   *     part dominates the record (a few thousand acts)
   */
  public static void assertLinear(
      String what, IntFunction<MeetingRecord> records, int n, RuleSet rules) {
    MeetingRecord[] sizes = new MeetingRecord[DOUBLINGS + 1];
    for (int i = 0; i <= DOUBLINGS; i++) {
      sizes[i] = records.apply(n << i);
    }
    // Compile the code on the largest record first, so that every size measured runs compiled.
    measure(sizes[DOUBLINGS], rules);
    measure(sizes[DOUBLINGS], rules);
    Work[][] runs = new Work[DOUBLINGS + 1][RUNS];
    for (int run = 0; run < RUNS; run++) {
      for (int i = 0; i <= DOUBLINGS; i++) {
        runs[i][run] = measure(sizes[i], rules);
      }
    }
    check(what, n, "building the record, CPU time", runs, Work::buildCpu);
    check(what, n, "building the record, bytes allocated", runs, Work::buildBytes);
    check(what, n, "checking the record, CPU time", runs, Work::checkCpu);
    check(what, n, "checking the record, bytes allocated", runs, Work::checkBytes);
  }

  /**
   * Asserts that {@code work} on inputs of {@code n}, {@code 2n}, {@code 4n} and {@code 8n}
   * repetitions is linear in {@code n}, as {@link #assertLinear} does for building and checking a
   * record: its CPU time and the bytes it allocates grow at most {@value #MAX_GROWTH_PER_DOUBLING}×
   * per doubling. The inputs are made before anything is measured.
   *
   * @param what what is repeated, for the failure message: "acts applied live"
   * @param inputs the input with a given number of repetitions
   * @param work the work measured; what it returns is kept, so that it is not optimised away
   * @param n the smallest number of repetitions measured
   */
  public static <T> void assertLinearWork(
      String what, IntFunction<T> inputs, ToIntFunction<T> work, int n) {
    List<T> sizes = new ArrayList<>();
    for (int i = 0; i <= DOUBLINGS; i++) {
      sizes.add(inputs.apply(n << i));
    }
    sink = work.applyAsInt(sizes.get(DOUBLINGS)) + work.applyAsInt(sizes.get(DOUBLINGS));
    Work[][] runs = new Work[DOUBLINGS + 1][RUNS];
    for (int run = 0; run < RUNS; run++) {
      for (int i = 0; i <= DOUBLINGS; i++) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        sink = work.applyAsInt(sizes.get(i));
        runs[i][run] =
            new Work(
                THREADS.getCurrentThreadCpuTime() - cpu,
                THREADS.getCurrentThreadAllocatedBytes() - bytes,
                0,
                0);
      }
    }
    check(what, n, "CPU time", runs, Work::buildCpu);
    check(what, n, "bytes allocated", runs, Work::buildBytes);
  }

  private static Work measure(MeetingRecord record, RuleSet rules) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long bytes = THREADS.getCurrentThreadAllocatedBytes();
    MeetingRecord rebuilt = record.toBuilder().build();
    long builtCpu = THREADS.getCurrentThreadCpuTime();
    long builtBytes = THREADS.getCurrentThreadAllocatedBytes();
    Verdict verdict = rules.check(rebuilt);
    long checkedCpu = THREADS.getCurrentThreadCpuTime();
    long checkedBytes = THREADS.getCurrentThreadAllocatedBytes();
    sink = verdict.findings().size() + rebuilt.acts().size();
    return new Work(
        builtCpu - cpu, builtBytes - bytes, checkedCpu - builtCpu, checkedBytes - builtBytes);
  }

  private interface Measure {
    long of(Work work);
  }

  private static void check(String what, int n, String measure, Work[][] runs, Measure of) {
    long[] values = new long[runs.length];
    StringBuilder series = new StringBuilder();
    for (int i = 0; i < runs.length; i++) {
      values[i] = Math.max(1, Arrays.stream(runs[i]).mapToLong(of::of).min().orElseThrow());
      series.append(String.format(Locale.ROOT, "%n  %,d: %,d", n << i, values[i]));
    }
    double growth = Math.cbrt((double) values[DOUBLINGS] / values[0]);
    assertThat(growth)
        .as(
            "%s, %s: grows %.2f× per doubling (at most %.1f×); %s:%s",
            what, measure, growth, MAX_GROWTH_PER_DOUBLING, "least of " + RUNS + " runs", series)
        .isLessThanOrEqualTo(MAX_GROWTH_PER_DOUBLING);
  }
}
