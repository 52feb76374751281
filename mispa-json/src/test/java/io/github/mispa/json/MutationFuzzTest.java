package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.json.MispaJsonException.Kind;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
  private static final Set<String> ID_FIELDS =
      Set.of(
          "id",
          "by",
          "person",
          "participant",
          "head",
          "nominee",
          "of",
          "to",
          "on",
          "against",
          "document",
          "proposal",
          "chair",
          "designatedProvisionalPresident");
  private static final Set<String> ID_LISTS =
      Set.of("documents", "on", "incorporating", "cosponsors", "requests", "attendance");

  private static final MispaJson STRICT = MispaJson.standard();
  private static final MispaJson LENIENT = MispaJson.standard().withUnknownFieldsIgnored(true);
  private static final String TEXT = JsonEdits.MISPA_V;
  private static final JsonMapper STRICT_TREES =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Random random = new Random(SEED);
  private final List<Span> spans = new ArrayList<>();
  private final List<Span> ids = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private final Map<Kind, Integer> failuresByKind = new EnumMap<>(Kind.class);
  private final List<String> wrong = new ArrayList<>();
  private int valid;

  /**
   * Where a value is in the text: its member (key and value, or the element) from {@code
   * memberStart}, the value from {@code valueStart} to {@code valueEnd}, and the closing bracket of
   * its container at {@code containerEnd}.
   */
  private record Span(
      String pointer,
      @Nullable String key,
      int memberStart,
      int valueStart,
      int valueEnd,
      int containerEnd) {
    String member() {
      return TEXT.substring(memberStart, valueEnd);
    }

    String value() {
      return TEXT.substring(valueStart, valueEnd);
    }
  }

  /** A replacement of the text from {@code start} to {@code end}. */
  private record Splice(int start, int end, String with) {}

  /** A mutated input, with what was done to it. Its bytes are built once and only read. */
  @SuppressWarnings("ArrayRecordComponent")
  private record Variant(String description, byte[] bytes) {}

  @Test
  void everyVariantReadsAsAValidRecordOrFailsWithTheDocumentedException() {
    scan("", 0);
    long start = System.nanoTime();
    int lenientReads = 0;
    for (int i = 0; i < VARIANTS; i++) {
      Variant variant = variant();
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

  // ---------------------------------------------------------------------------------------------
  // Variants

  private Variant variant() {
    int roll = random.nextInt(100);
    if (roll < 10) {
      return truncated();
    }
    if (roll < 20) {
      return bitFlips();
    }
    if (roll < 25) {
      return copiedRun();
    }
    if (roll < 27) {
      return appended();
    }
    int count = random.nextInt(10) == 0 ? 2 + random.nextInt(3) : 1;
    List<Splice> splices = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      List<Splice> mutation = new ArrayList<>();
      String description = mutate(mutation);
      // Keep mutations that do not overlap the ones already chosen, so that all apply.
      if (mutation.stream().noneMatch(s -> overlapsAny(s, splices))) {
        splices.addAll(mutation);
        done.add(description);
      }
    }
    splices.sort(Comparator.comparingInt(Splice::start).reversed());
    StringBuilder text = new StringBuilder(TEXT);
    for (Splice splice : splices) {
      text.replace(splice.start(), splice.end(), splice.with());
    }
    return new Variant(String.join("; ", done), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static boolean overlapsAny(Splice splice, List<Splice> others) {
    for (Splice other : others) {
      if (splice.start() <= other.end() && other.start() <= splice.end()) {
        return true;
      }
    }
    return false;
  }

  private Variant truncated() {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    int length = random.nextInt(bytes.length);
    return new Variant("truncated to " + length + " bytes", Arrays.copyOf(bytes, length));
  }

  private Variant bitFlips() {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    StringBuilder description = new StringBuilder("flipped bits at bytes");
    int flips = 1 + random.nextInt(4);
    for (int f = 0; f < flips; f++) {
      int at = random.nextInt(bytes.length);
      bytes[at] ^= (byte) (1 << random.nextInt(8));
      description.append(' ').append(at);
    }
    return new Variant(description.toString(), bytes);
  }

  private Variant copiedRun() {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    int from = random.nextInt(bytes.length);
    int length = 1 + random.nextInt(Math.min(200, bytes.length - from));
    int to = random.nextInt(bytes.length + 1);
    byte[] out = new byte[bytes.length + length];
    System.arraycopy(bytes, 0, out, 0, to);
    System.arraycopy(bytes, from, out, to, length);
    System.arraycopy(bytes, to, out, to + length, bytes.length - to);
    return new Variant("copied " + length + " bytes from " + from + " to " + to, out);
  }

  private Variant appended() {
    String tail =
        switch (random.nextInt(4)) {
          case 0 -> " {}";
          case 1 -> "}";
          case 2 -> "\n" + TEXT;
          default -> " x";
        };
    return new Variant(
        "appended " + abbreviate(tail), (TEXT + tail).getBytes(StandardCharsets.UTF_8));
  }

  /** Chooses a mutation, adds its splices and returns what it does. */
  private String mutate(List<Splice> out) {
    Span at = pick(spans);
    int roll = random.nextInt(100);
    if (roll < 15) {
      out.add(delete(at));
      return "deleted " + at.pointer();
    }
    if (roll < 27) {
      String value = otherType();
      out.add(new Splice(at.valueStart(), at.valueEnd(), value));
      return "gave " + at.pointer() + " another type: " + abbreviate(value);
    }
    if (roll < 37) {
      String copy = random.nextBoolean() ? at.member() : otherMember(at);
      out.add(new Splice(at.valueEnd(), at.valueEnd(), "," + copy));
      return "duplicated " + at.pointer() + " as " + abbreviate(copy);
    }
    if (roll < 52) {
      Span a = pick(ids);
      Span b = pick(ids);
      if (a.equals(b)) {
        return "swapped an id with itself";
      }
      out.add(new Splice(a.valueStart(), a.valueEnd(), b.value()));
      out.add(new Splice(b.valueStart(), b.valueEnd(), a.value()));
      return "swapped the ids at " + a.pointer() + " and " + b.pointer();
    }
    if (roll < 60 && at.key() != null) {
      String name = random.nextInt(4) == 0 ? "x-" + random.nextInt(1000) : pick(keys);
      out.add(new Splice(at.memberStart(), at.valueStart() - 1, quote(name)));
      return "renamed " + at.pointer() + " to " + name;
    }
    if (roll < 68 && at.key() != null) {
      out.add(new Splice(at.containerEnd(), at.containerEnd(), "," + at.member()));
      out.add(delete(at));
      return "moved " + at.pointer() + " to the end of its object";
    }
    if (roll < 76) {
      String number = oddNumber();
      out.add(new Splice(at.valueStart(), at.valueEnd(), number));
      return "replaced " + at.pointer() + " with the number " + abbreviate(number);
    }
    if (roll < 84) {
      String nested = deeplyNested();
      out.add(new Splice(at.valueStart(), at.valueEnd(), nested));
      return "replaced " + at.pointer() + " with " + abbreviate(nested);
    }
    String string = random.nextInt(4) == 0 ? hugeString() : oddString();
    out.add(new Splice(at.valueStart(), at.valueEnd(), quote(string)));
    return "replaced " + at.pointer() + " with the string " + abbreviate(string);
  }

  /** Deletes a member or element with one of the commas around it. */
  private static Splice delete(Span at) {
    if (TEXT.charAt(at.valueEnd()) == ',') {
      return new Splice(at.memberStart(), at.valueEnd() + 1, "");
    }
    if (TEXT.charAt(at.memberStart() - 1) == ',') {
      return new Splice(at.memberStart() - 1, at.valueEnd(), "");
    }
    return new Splice(at.memberStart(), at.valueEnd(), "");
  }

  private String otherType() {
    return switch (random.nextInt(8)) {
      case 0 -> String.valueOf(random.nextInt());
      case 1 -> String.valueOf(random.nextDouble() * 100);
      case 2 -> quote("x" + random.nextInt(100));
      case 3 -> String.valueOf(random.nextBoolean());
      case 4 -> "null";
      case 5 -> "{}";
      case 6 -> "[]";
      default -> pick(spans).value();
    };
  }

  private String otherMember(Span at) {
    return at.key() == null ? pick(spans).value() : quote(at.key()) + ":" + otherType();
  }

  private String oddNumber() {
    return switch (random.nextInt(12)) {
      case 0 -> "1".repeat(20);
      case 1 -> "9".repeat(33);
      case 2 -> "1".repeat(5_000);
      case 3 -> "1e999999";
      case 4 -> "-0";
      case 5 -> "2147483648";
      case 6 -> "-2147483649";
      case 7 -> "1.5";
      case 8 -> "1E2";
      case 9 -> "NaN";
      case 10 -> "0." + "0".repeat(40) + "1";
      default -> String.valueOf(random.nextLong());
    };
  }

  private String deeplyNested() {
    int depth =
        switch (random.nextInt(5)) {
          case 0 -> 10;
          case 1 -> 60;
          case 2 -> 70;
          case 3 -> 1_000;
          default -> 100_000;
        };
    return random.nextBoolean()
        ? "[".repeat(depth) + "]".repeat(depth)
        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  private String hugeString() {
    int length = random.nextInt(5) == 0 ? MispaJson.MAX_STRING_LENGTH + 1 : 100_000;
    return "é".repeat(length);
  }

  private String oddString() {
    return switch (random.nextInt(13)) {
      case 0 -> "";
      case 1 -> "   ";
      case 2 -> "\u0000";
      case 3 -> "\uD800";
      case 4 -> "two words";
      case 5 -> "MISPA V/doc.x/15";
      case 6 -> "2015-02-30";
      case 7 -> "2015-11-19T25:00";
      case 8 -> "per";
      case 9 -> "a/b~c";
      case 10 -> "x".repeat(65);
      case 11 -> "nomination-chair";
      default -> "\u202Eright-to-left";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // The places of the text, found once

  /** Scans the value at {@code i} whose pointer is {@code pointer}; returns where it ends. */
  private int scan(String pointer, int i) {
    char c = TEXT.charAt(i);
    if (c == '"') {
      return endOfString(i);
    }
    if (c != '{' && c != '[') {
      int j = i;
      while (",}]".indexOf(TEXT.charAt(j)) < 0) {
        j++;
      }
      return j;
    }
    char close = c == '{' ? '}' : ']';
    List<Span> members = new ArrayList<>();
    int j = i + 1;
    int index = 0;
    while (TEXT.charAt(j) != close) {
      int memberStart = j;
      String key = null;
      if (c == '{') {
        int keyEnd = endOfString(j);
        key = TEXT.substring(j + 1, keyEnd - 1);
        j = keyEnd + 1; // past the colon
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
      String child = pointer + "/" + (key == null ? String.valueOf(index++) : escape(key));
      int end = scan(child, j);
      members.add(new Span(child, key, memberStart, j, end, -1));
      j = TEXT.charAt(end) == ',' ? end + 1 : end;
    }
    for (Span member : members) {
      Span span =
          new Span(
              member.pointer(),
              member.key(),
              member.memberStart(),
              member.valueStart(),
              member.valueEnd(),
              j);
      spans.add(span);
      String parent = pointer.substring(pointer.lastIndexOf('/') + 1);
      boolean id =
          (span.key() != null
                  && ID_FIELDS.contains(span.key())
                  && TEXT.charAt(span.valueStart()) == '"')
              || (span.key() == null && ID_LISTS.contains(parent));
      if (id) {
        ids.add(span);
      }
    }
    return j + 1;
  }

  private static int endOfString(int i) {
    int j = i + 1;
    while (TEXT.charAt(j) != '"') {
      j += TEXT.charAt(j) == '\\' ? 2 : 1;
    }
    return j + 1;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String quote(String s) {
    return JsonEdits.TREES.writeValueAsString(s);
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "... (" + s.length() + " characters)";
  }
}
