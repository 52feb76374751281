package io.github.mispa.json;

import static io.github.mispa.json.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.procedure.MeetingRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading what was written gives the same record; writing what was read gives the same bytes. */
class RoundTripTest {
  private static final MispaJson COMPACT = MispaJson.standard();
  private static final MispaJson PRETTY = MispaJson.standard().withPrettyPrinting(true);

  @Test
  void mispaVReadsBackEqualInBothModes() {
    MeetingRecord record = MispaV.record();
    assertThat(COMPACT.read(COMPACT.writeToString(record))).isEqualTo(record);
    assertThat(PRETTY.read(PRETTY.writeToString(record))).isEqualTo(record);
  }

  @Test
  void generatedRecordsReadBackEqualAndRewriteToTheSameBytes() {
    qt(40)
        .forAll(longs().all(), integers().between(0, 600))
        .checkAssert(
            (seed, acts) -> {
              MeetingRecord record = SyntheticRecords.generate(seed, acts);
              for (MispaJson json : new MispaJson[] {COMPACT, PRETTY}) {
                byte[] written = json.writeToBytes(record);
                MeetingRecord read = json.read(written);
                assertThat(read).isEqualTo(record);
                assertThat(json.writeToBytes(read)).isEqualTo(written);
              }
            });
  }

  @Test
  void aLargeRecordRoundTrips() {
    MeetingRecord record = SyntheticRecords.generate(2026, 20_000);
    byte[] written = COMPACT.writeToBytes(record);
    assertThat(written.length).isGreaterThan(2_000_000);
    MeetingRecord read = COMPACT.read(written);
    assertThat(read).isEqualTo(record);
    assertThat(COMPACT.writeToBytes(read)).isEqualTo(written);
  }

  @Test
  void aRecordReadInOneModeWritesTheSameBytesInTheOther() {
    MeetingRecord record = SyntheticRecords.generate(7, 300);
    assertThat(COMPACT.writeToBytes(PRETTY.read(PRETTY.writeToBytes(record))))
        .isEqualTo(COMPACT.writeToBytes(record));
    assertThat(PRETTY.writeToBytes(COMPACT.read(COMPACT.writeToBytes(record))))
        .isEqualTo(PRETTY.writeToBytes(record));
  }

  @Test
  void everyTargetWritesTheSameBytesAndEverySourceReadsThem(@TempDir Path dir) {
    MeetingRecord record = MispaV.record();
    for (MispaJson json : new MispaJson[] {COMPACT, PRETTY}) {
      byte[] bytes = json.writeToBytes(record);
      assertThat(json.writeToString(record).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.write(record, out);
      assertThat(out.toByteArray()).isEqualTo(bytes);
      Path file = dir.resolve("record.json");
      json.write(record, file);
      assertThat(file).hasBinaryContent(bytes);

      assertThat(json.read(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(record);
      assertThat(json.read(new ByteArrayInputStream(bytes))).isEqualTo(record);
      assertThat(json.read(file)).isEqualTo(record);
    }
  }

  @Test
  void prettyOutputEndsWithALineFeedAndCompactOutputIsOneLine() {
    MeetingRecord record = MispaV.record();
    String pretty = PRETTY.writeToString(record);
    String compact = COMPACT.writeToString(record);
    assertThat(pretty).startsWith("{\n  \"formatVersion\": 2,\n  \"meeting\": {\n").endsWith("}\n");
    assertThat(pretty).doesNotContain("\r");
    assertThat(compact).startsWith("{\"formatVersion\":2,\"meeting\":{").doesNotContain("\n");
  }

  @Test
  void streamsPassedInAreLeftOpen() {
    MeetingRecord record = MispaV.record();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            throw new AssertionError("closed the caller's stream");
          }
        };
    PRETTY.write(record, out);
    ByteArrayInputStream in =
        new ByteArrayInputStream(out.toByteArray()) {
          @Override
          public void close() {
            throw new AssertionError("closed the caller's stream");
          }
        };
    assertThat(PRETTY.read(in)).isEqualTo(record);
  }
}
