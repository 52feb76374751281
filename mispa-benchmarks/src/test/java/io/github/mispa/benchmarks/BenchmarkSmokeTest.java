package io.github.mispa.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.MeetingRecord;
import java.nio.charset.StandardCharsets;
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
  void theRetainedHeapMeasureSeesBothRecords() {
    RetainedHeap.Sizes sizes = RetainedHeap.measure("500");
    assertThat(sizes.acts()).isEqualTo(500);
    assertThat(sizes.mispa()).isPositive();
    assertThat(sizes.plain()).isPositive();
  }
}
