package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.json.FuzzVariants.Variant;
import io.github.mispa.json.MispaJsonException.Kind;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutation fuzzing of the MISPA V JSON: at least 10,000 variants per run, from a fixed seed, each
 * of which must either read as a valid record or fail with a {@link MispaJsonException} whose
 * pointers are JSON Pointers to places in the input. Any other outcome (a NullPointerException, a
 * ClassCastException, a StackOverflowError, a Jackson exception escaping, a record that does not
 * survive its own round trip) fails the test.
 *
 * <p>Variants are made by splicing the text, so that each is cheap: fields deleted, duplicated,
 * renamed, moved and given values of other types, ids swapped, huge and deeply nested values,
 * truncations, bit flips, copied runs of bytes and content after the record; one variant in ten has
 * several mutations.
 */
class MutationFuzzTest {
  private static final long SEED = 20151119L;
  private static final int VARIANTS = 10_000;

  private static final MispaJson STRICT = MispaJson.standard();
  private static final MispaJson LENIENT = MispaJson.standard().withUnknownFieldsIgnored(true);
  private static final String TEXT = JsonEdits.MISPA_V;
  private static final JsonMapper STRICT_TREES =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final FuzzVariants variants = new FuzzVariants(TEXT, SEED);
  private final Map<Kind, Integer> failuresByKind = new EnumMap<>(Kind.class);
  private final List<String> wrong = new ArrayList<>();
  private int valid;

  @Test
  void everyVariantReadsAsAValidRecordOrFailsWithTheDocumentedException() {
    long start = System.nanoTime();
    int lenientReads = 0;
    for (int i = 0; i < VARIANTS; i++) {
      Variant variant = variants.next();
      check(variant, STRICT, i % 2 == 0);
      if (i % 10 == 0) {
        check(variant, LENIENT, false);
        lenientReads++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "MutationFuzzTest: %d variants (%d also read ignoring unknown fields) in %d ms: %d reads"
            + " valid; failures by kind %s%n",
        VARIANTS, lenientReads, millis, valid, failuresByKind);

    assertThat(wrong).as("variants that neither read nor failed as documented").isEmpty();
    // The mutations must reach both outcomes and most of the reader's ways of failing, or the test
    // proves little.
    assertThat(valid).isGreaterThan(VARIANTS / 50);
    assertThat(failuresByKind.keySet())
        .contains(
            Kind.MALFORMED_JSON,
            Kind.TRAILING_CONTENT,
            Kind.LIMIT_EXCEEDED,
            Kind.WRONG_TYPE,
            Kind.MISSING_FIELD,
            Kind.UNKNOWN_FIELD,
            Kind.DUPLICATE_FIELD,
            Kind.UNKNOWN_TYPE,
            Kind.INVALID_VALUE,
            Kind.INVALID_RECORD);
  }

  private void check(Variant variant, MispaJson json, boolean roundTrip) {
    MeetingRecord record;
    try {
      record = json.read(variant.bytes());
    } catch (MispaJsonException e) {
      failuresByKind.merge(e.kind(), 1, Integer::sum);
      checkFailure(variant, e);
      return;
    } catch (Throwable t) { // anything else is what this test looks for, errors included
      wrong.add(variant.description() + ": " + t);
      return;
    }
    valid++;
    if (roundTrip) {
      try {
        if (!STRICT.read(STRICT.writeToBytes(record)).equals(record)) {
          wrong.add(variant.description() + ": read a record that does not read back equal");
        }
      } catch (Throwable t) {
        wrong.add(variant.description() + ": read a record that cannot be written and read: " + t);
      }
    }
  }

  private void checkFailure(Variant variant, MispaJsonException e) {
    if (e.problem().isEmpty()) {
      wrong.add(variant.description() + ": no problem stated: " + e.kind());
    }
    JsonNode input = e.kind() == Kind.LIMIT_EXCEEDED ? null : treeOrNull(variant.bytes());
    for (RecordProblem problem : e.problems()) {
      try {
        JsonPointer.compile(problem.path());
      } catch (IllegalArgumentException notAPointer) {
        wrong.add(variant.description() + ": not a JSON Pointer: " + problem);
        continue;
      }
      // Where the input is JSON at all, every pointer must lead to a place in it.
      if (input != null && input.at(problem.path()).isMissingNode()) {
        wrong.add(variant.description() + ": points nowhere in the input: " + problem);
      }
    }
  }

  /**
   * The input as a tree, or null where pointers cannot be followed in it: where it is not JSON, is
   * empty, or repeats a key (a pointer names the first of the repeated keys, a tree keeps one).
   */
  private static @Nullable JsonNode treeOrNull(byte[] bytes) {
    try {
      JsonNode tree = STRICT_TREES.readTree(bytes);
      return tree.isMissingNode() ? null : tree;
    } catch (RuntimeException notJson) {
      return null;
    }
  }
}
