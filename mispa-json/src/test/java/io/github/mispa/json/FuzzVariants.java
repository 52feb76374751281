package io.github.mispa.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Mutated variants of a JSON record, made by splicing its text from a fixed seed: fields deleted,
 * duplicated, renamed, moved and given values of other types, ids swapped, huge and deeply nested
 * values, truncations, bit flips, copied runs of bytes and content after the record; one variant in
 * ten has several mutations. The same text and seed always give the same variants, so that tests
 * can compare what the reader does with them across versions of the reader.
 */
final class FuzzVariants {
  static final Set<String> ID_FIELDS =
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
  static final Set<String> ID_LISTS =
      Set.of("documents", "on", "incorporating", "cosponsors", "requests", "attendance");

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
      int containerEnd) {}

  /** A replacement of the text from {@code start} to {@code end}. */
  private record Splice(int start, int end, String with) {}

  /** A mutated input, with what was done to it. Its bytes are built once and only read. */
  @SuppressWarnings("ArrayRecordComponent")
  record Variant(String description, byte[] bytes) {}

  private final String text;
  private final Random random;
  private final List<Span> spans = new ArrayList<>();
  private final List<Span> ids = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();

  /** Variants of {@code text}, a JSON object written without insignificant whitespace. */
  FuzzVariants(String text, long seed) {
    this.text = text;
    this.random = new Random(seed);
    scan("", 0);
  }

  private String member(Span span) {
    return text.substring(span.memberStart(), span.valueEnd());
  }

  private String value(Span span) {
    return text.substring(span.valueStart(), span.valueEnd());
  }

  // ---------------------------------------------------------------------------------------------
  // Variants

  Variant next() {
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
    StringBuilder out = new StringBuilder(text);
    for (Splice splice : splices) {
      out.replace(splice.start(), splice.end(), splice.with());
    }
    return new Variant(String.join("; ", done), out.toString().getBytes(StandardCharsets.UTF_8));
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
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int length = random.nextInt(bytes.length);
    return new Variant("truncated to " + length + " bytes", Arrays.copyOf(bytes, length));
  }

  private Variant bitFlips() {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
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
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
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
          case 2 -> "\n" + text;
          default -> " x";
        };
    return new Variant(
        "appended " + abbreviate(tail), (text + tail).getBytes(StandardCharsets.UTF_8));
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
      String copy = random.nextBoolean() ? member(at) : otherMember(at);
      out.add(new Splice(at.valueEnd(), at.valueEnd(), "," + copy));
      return "duplicated " + at.pointer() + " as " + abbreviate(copy);
    }
    if (roll < 52) {
      Span a = pick(ids);
      Span b = pick(ids);
      if (a.equals(b)) {
        return "swapped an id with itself";
      }
      out.add(new Splice(a.valueStart(), a.valueEnd(), value(b)));
      out.add(new Splice(b.valueStart(), b.valueEnd(), value(a)));
      return "swapped the ids at " + a.pointer() + " and " + b.pointer();
    }
    if (roll < 60 && at.key() != null) {
      String name = random.nextInt(4) == 0 ? "x-" + random.nextInt(1000) : pick(keys);
      out.add(new Splice(at.memberStart(), at.valueStart() - 1, quote(name)));
      return "renamed " + at.pointer() + " to " + name;
    }
    if (roll < 68 && at.key() != null) {
      out.add(new Splice(at.containerEnd(), at.containerEnd(), "," + member(at)));
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
  private Splice delete(Span at) {
    if (text.charAt(at.valueEnd()) == ',') {
      return new Splice(at.memberStart(), at.valueEnd() + 1, "");
    }
    if (text.charAt(at.memberStart() - 1) == ',') {
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
      default -> value(pick(spans));
    };
  }

  private String otherMember(Span at) {
    return at.key() == null ? value(pick(spans)) : quote(at.key()) + ":" + otherType();
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
    char c = text.charAt(i);
    if (c == '"') {
      return endOfString(i);
    }
    if (c != '{' && c != '[') {
      int j = i;
      while (",}]".indexOf(text.charAt(j)) < 0) {
        j++;
      }
      return j;
    }
    char close = c == '{' ? '}' : ']';
    List<Span> members = new ArrayList<>();
    int j = i + 1;
    int index = 0;
    while (text.charAt(j) != close) {
      int memberStart = j;
      String key = null;
      if (c == '{') {
        int keyEnd = endOfString(j);
        key = text.substring(j + 1, keyEnd - 1);
        j = keyEnd + 1; // past the colon
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
      String child = pointer + "/" + (key == null ? String.valueOf(index++) : escape(key));
      int end = scan(child, j);
      members.add(new Span(child, key, memberStart, j, end, -1));
      j = text.charAt(end) == ',' ? end + 1 : end;
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
                  && text.charAt(span.valueStart()) == '"')
              || (span.key() == null && ID_LISTS.contains(parent));
      if (id) {
        ids.add(span);
      }
    }
    return j + 1;
  }

  private int endOfString(int i) {
    int j = i + 1;
    while (text.charAt(j) != '"') {
      j += text.charAt(j) == '\\' ? 2 : 1;
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
