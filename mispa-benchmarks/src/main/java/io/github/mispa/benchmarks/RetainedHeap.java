package io.github.mispa.benchmarks;

import io.github.mispa.benchmarks.plain.PlainRecord;
import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.MeetingRecord;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retained heap per act of a record read from JSON, by mispa-json and by plain databind into plain
 * records: the size of everything each keeps reachable, measured with JOL's object-graph walk. Run
 * with {@code java -Djol.magicFieldOffset=true -Djdk.attach.allowAttachSelf=true -cp
 * mispa-benchmarks/target/benchmarks.jar io.github.mispa.benchmarks.RetainedHeap [acts]}; JOL needs
 * the first flag to read the fields of Java records.
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  /** Prints the retained bytes per act of each, and their ratio. */
  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "100000";
    Sizes sizes = measure(name);
    System.out.printf(
        Locale.ROOT,
        "%s: %d acts; mispa-json retains %.0f bytes per act, plain records %.0f; ratio %.2f%n",
        name,
        sizes.acts(),
        sizes.mispaPerAct(),
        sizes.plainPerAct(),
        sizes.ratio());
  }

  /** The retained sizes of one record read both ways. */
  record Sizes(int acts, long mispa, long plain) {
    double mispaPerAct() {
      return (double) mispa / acts;
    }

    double plainPerAct() {
      return (double) plain / acts;
    }

    double ratio() {
      return (double) mispa / plain;
    }
  }

  static Sizes measure(String name) {
    MispaJson json = MispaJson.standard();
    byte[] bytes = json.writeToBytes(Records.named(name));
    MeetingRecord read = json.read(bytes);
    // The index a record builds with itself is part of what it retains: touch it.
    int acts = read.acts().size();
    PlainRecord plain = JsonMapper.builder().build().readValue(bytes, PlainRecord.class);
    return new Sizes(
        Math.max(acts, 1),
        GraphLayout.parseInstance(read).totalSize(),
        GraphLayout.parseInstance(plain).totalSize());
  }
}
