package io.github.mispa.benchmarks;

import io.github.mispa.benchmarks.plain.PlainRecord;
import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.MeetingRecord;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing: {@code mispa-json} side by side with plain Jackson databind into plain Java
 * records of the same shape ({@link PlainRecord}), and a bare streaming pass over the same bytes,
 * the floor of any binding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
public class JsonBenchmark {
  /** {@code mispa-v}, {@code mispa-v-1}, or a number of acts of a synthetic record. */
  @Param({"mispa-v", "mispa-v-1", "100000"})
  public String record;

  private final MispaJson json = MispaJson.standard().withPrettyPrinting(false);
  private final JsonMapper plainMapper = JsonMapper.builder().build();
  private byte[] bytes;
  private MeetingRecord read;
  private PlainRecord plain;

  /** Writes the record once per trial; every benchmark reads or writes the same bytes. */
  @Setup
  public void setUp() {
    bytes = json.writeToBytes(Records.named(record));
    read = json.read(bytes);
    plain = plainMapper.readValue(bytes, PlainRecord.class);
    // Tenure what the trial keeps before measurement, so that no measured collection copies it.
    System.gc();
  }

  /** {@return the record read by mispa-json: parsed, validated, references resolved} */
  @Benchmark
  public MeetingRecord readMispa() {
    return json.read(bytes);
  }

  /** {@return the record read by plain databind into plain records} */
  @Benchmark
  public PlainRecord readPlain() {
    return plainMapper.readValue(bytes, PlainRecord.class);
  }

  /** {@return a count over every token of the bytes: no binding at all} */
  @Benchmark
  public long readStreamingFloor() {
    long sum = 0;
    try (JsonParser parser = plainMapper.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        sum += token.id();
      }
    }
    return sum;
  }

  /** {@return the record written by mispa-json} */
  @Benchmark
  public byte[] writeMispa() {
    return json.writeToBytes(read);
  }

  /** {@return the plain records written by plain databind} */
  @Benchmark
  public byte[] writePlain() {
    return plainMapper.writeValueAsBytes(plain);
  }
}
