package io.github.mispa.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.LiveMeeting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark body once on a small record, so that the benchmarks cannot rot. Times
 * nothing: the benchmarks are run with JMH, outside the build.
 */
class BenchmarkSmokeTest {

  @Test
  void theCheckBenchmarkChecksItsRecord() {
    CheckBenchmark benchmark = new CheckBenchmark();
    benchmark.acts = 1000;
    benchmark.setUp();
    assertThat(benchmark.check().record().acts()).hasSize(1000);
  }

  @Test
  void theJsonBenchmarksReadAndWriteTheSameRecord() {
    for (String name : new String[] {"mispa-v", "500"}) {
      JsonBenchmark benchmark = new JsonBenchmark();
      benchmark.record = name;
      benchmark.setUp();
      MeetingRecord read = benchmark.readMispa();
      assertThat(read).isEqualTo(Records.named(name));
      assertThat(benchmark.readPlain().sessions()).hasSize(read.sessions().size());
      assertThat(benchmark.readStreamingFloor()).isPositive();
      byte[] written = benchmark.writeMispa();
      assertThat(written)
          .isEqualTo(MispaJson.standard().withPrettyPrinting(false).writeToBytes(read));
      // The plain records are of the same shape: they write the same JSON, or near it (they
      // skip the fields of version 2 they do not have).
      assertThat(new String(benchmark.writePlain(), StandardCharsets.UTF_8))
          .startsWith("{\"formatVersion\":2,\"meeting\":");
    }
  }

  @Test
  void theLiveBenchmarkAppliesEveryActAndGivesTheWholeChecksFindings() {
    LiveBenchmark benchmark = new LiveBenchmark();
    benchmark.acts = 300;
    benchmark.setUp();
    LiveMeeting live = benchmark.live();
    assertThat(live.record()).isEqualTo(Records.named("300"));
    assertThat(live.findings()).isEqualTo(benchmark.check().findings());
    assertThat(benchmark.buildAndCheck().findings()).isEqualTo(live.findings());
  }

  @Test
  void theArchiveBenchmarksReadEveryRecord() throws Exception {
    ArchiveBenchmark benchmark = new ArchiveBenchmark();
    benchmark.records = 2;
    benchmark.setUp();
    try {
      assertThat(benchmark.validate()).as("every record is clean").isZero();
      assertThat(benchmark.streamingFloor()).isPositive();
      assumeTrue(Files.isRegularFile(ArchiveBenchmark.jar()), "the tool's jar is built");
      assertThat(benchmark.processPerRecord()).as("every process exits 0").isZero();
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void theRetainedHeapMeasureSeesBothRecords() {
    RetainedHeap.Sizes sizes = RetainedHeap.measure("500");
    assertThat(sizes.acts()).isEqualTo(500);
    assertThat(sizes.mispa()).isPositive();
    assertThat(sizes.plain()).isPositive();
  }
}
