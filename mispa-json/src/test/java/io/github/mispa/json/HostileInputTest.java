package io.github.mispa.json;

import static io.github.mispa.json.JsonEdits.MISPA_V;
import static io.github.mispa.json.JsonEdits.editMispaV;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.mispa.examples.MispaV;
import io.github.mispa.json.MispaJsonException.Kind;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile-input suite of the reader: input crafted to break it, each refused with one
 * MispaJsonException whose problem is one line in mispa's own words (never Jackson's classes,
 * features or options) and names the place, by JSON Pointer and by line and column; input that is
 * odd but valid is read; and large input under the documented limits is read in bounded work. The
 * command-line tool's side of the suite is {@code HostileInputIT} in mispa-examples.
 */
class HostileInputTest {
  private static final MispaJson STRICT = MispaJson.standard();
  private static final MispaJson LENIENT = STRICT.withUnknownFieldsIgnored(true);

  /** What mispa's own words never hold: Jackson's names, features, options and internals. */
  private static final String JACKSON_WORDS =
      "(?is).*(jackson|feature|constraints|redacted|source:|`|\\(code \\d+\\)|value_|start_|end_"
          + "|jsontoken|exception|\\bat \\[).*";

  /** Where the tally of the vote is, once {@link #withTally} puts one there. */
  private static final String TALLY = "/sessions/5/items/0/acts/6/tally";

  private static Stream<Arguments> malformed() {
    String record = "{\"formatVersion\":1,\"meeting\":{\"theme\":\"";
    String fiveDigitYear = editMispaV("/meeting", m -> m.put("endDate", "+99999-11-20"));
    String noSuchDay = editMispaV("/meeting", m -> m.put("endDate", "2015-02-30"));
    String dateAndTime = editMispaV("/meeting", m -> m.put("endDate", "2015-11-20T00:00"));
    String offset = editMispaV("/documents/0", d -> d.put("distributedAt", "2015-11-18T09:00:00Z"));
    String fiveDigitYearAndTime =
        editMispaV("/documents/0", d -> d.put("distributedAt", "+12015-11-18T09:00:00"));
    String overflow = withTally(2_147_483_647, 2_147_483_646, 37);
    int end = bytes(MISPA_V).length;
    return Stream.of(
        // name, input, kind, pointer, problem, and the line and column of the offending character
        // (or of the first byte of a broken sequence), counted by hand
        arguments(
            "a file cut off inside an object",
            bytes("{\"formatVersion\":1,\"meeting\":{"),
            Kind.MALFORMED_JSON,
            "/meeting",
            "the input ends before the record does, inside an object",
            1,
            31),
        arguments(
            "a file cut off inside an array",
            bytes("{\"formatVersion\":1,\"participants\":["),
            Kind.MALFORMED_JSON,
            "/participants",
            "the input ends before the record does, inside an array",
            1,
            36),
        arguments(
            "a file cut off inside a string",
            bytes(record + "Preven"),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "the input ends before the record does, inside a string",
            1,
            46),
        arguments(
            "a number with a plus sign",
            bytes("{\"formatVersion\":+1}"),
            Kind.MALFORMED_JSON,
            "/formatVersion",
            "a number of JSON does not start with '+'",
            1,
            18),
        arguments(
            "NaN",
            bytes("{\"formatVersion\":NaN}"),
            Kind.MALFORMED_JSON,
            "/formatVersion",
            "\"NaN\" is not a number of JSON",
            1,
            18),
        arguments(
            "a leading zero",
            bytes("{\"formatVersion\":01}"),
            Kind.MALFORMED_JSON,
            "/formatVersion",
            "a number of JSON does not start with 0 and another digit",
            1,
            18),
        arguments(
            "a comment",
            bytes("/* a record */ {\"formatVersion\":1}"),
            Kind.MALFORMED_JSON,
            "",
            "JSON has no comments, found '/'",
            1,
            1),
        arguments(
            "single quotes",
            bytes("{'formatVersion':1}"),
            Kind.MALFORMED_JSON,
            "",
            "expected a field name in double quotes, found '''",
            1,
            2),
        arguments(
            "a trailing comma",
            bytes("{\"formatVersion\":1,}"),
            Kind.MALFORMED_JSON,
            "",
            "expected a field name in double quotes, found '}'",
            1,
            20),
        arguments(
            "a missing colon",
            bytes("{\"formatVersion\" 1}"),
            Kind.MALFORMED_JSON,
            "/formatVersion",
            "expected ':' after a field name, found '1'",
            1,
            18),
        arguments(
            "a missing comma",
            bytes("{\"formatVersion\":1 \"meeting\":{}}"),
            Kind.MALFORMED_JSON,
            "/formatVersion",
            "expected ',' or '}' after a field of an object, found '\"'",
            1,
            20),
        arguments(
            "a bracket that closes nothing open",
            bytes("{\"formatVersion\":1]"),
            Kind.MALFORMED_JSON,
            "/formatVersion",
            "expected '}' to close the object, found ']'",
            1,
            19),
        arguments(
            "a word that is not JSON",
            bytes("{\"formatVersion\":1,\"meeting\":nothing}"),
            Kind.MALFORMED_JSON,
            "/meeting",
            "expected a JSON value (an object, array, string, number, true, false or null), found"
                + " \"nothing\"",
            1,
            30),
        arguments(
            "a line end inside a string",
            bytes(record + "a\nb\"}}"),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "the control character U+000A must be escaped inside a string",
            1,
            41),
        arguments(
            "an escape that JSON has not",
            bytes(record + "a\\qb\"}}"),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "\\q is not an escape of JSON: a backslash starts \\\", \\\\, \\/, \\b, \\f, \\n, \\r,"
                + " \\t or \\u and four hex digits",
            1,
            41),
        arguments(
            "a \\u escape without four hex digits",
            bytes(record + "\\u12G4\"}}"),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "expected four hex digits after \\u, found 'G'",
            1,
            44),
        arguments(
            "a broken surrogate pair in a field name",
            bytes("{\"\\ud800x\":1}"),
            Kind.MALFORMED_JSON,
            "",
            "a \\u escape breaks a surrogate pair: a high surrogate (\\uD800 to \\uDBFF) must be"
                + " followed by a low one (\\uDC00 to \\uDFFF)",
            1,
            9),
        arguments(
            "NUL between values",
            bytes("{\"formatVersion\":1,\u0000}"),
            Kind.MALFORMED_JSON,
            "/formatVersion",
            "the control character U+0000 stands between values, where only spaces, tabs and line"
                + " ends may",
            1,
            20),
        arguments(
            "random bytes",
            new byte[] {(byte) 0x8a, 0x01, 0x7f, (byte) 0xff},
            Kind.MALFORMED_JSON,
            "",
            "the input is not valid UTF-8: byte 0x8A cannot start a character",
            1,
            1),
        arguments(
            "a byte that no UTF-8 character starts with",
            utf8With(new byte[] {(byte) 0xc0, (byte) 0x80}),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "the input is not valid UTF-8: byte 0xC0 cannot start a character",
            1,
            42),
        arguments(
            "an overlong encoding (NUL in three bytes)",
            utf8With(new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0x80}),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "the input is not valid UTF-8: a character is encoded in more bytes than it needs (an"
                + " overlong form)",
            1,
            42),
        arguments(
            "an encoded surrogate",
            utf8With(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "the input is not valid UTF-8: it encodes the surrogate U+D800, which is no character",
            1,
            42),
        arguments(
            "a code point beyond Unicode",
            utf8With(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "the input is not valid UTF-8: it encodes a code point beyond U+10FFFF, beyond Unicode",
            1,
            42),
        arguments(
            "a character cut short",
            utf8With(new byte[] {(byte) 0xe2, (byte) 0x82}),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "the input is not valid UTF-8: byte 0x63 cannot continue a character",
            1,
            42),
        arguments(
            "Latin-1 where UTF-8 belongs",
            (record + "Perú\"}}").getBytes(ISO_8859_1),
            Kind.MALFORMED_JSON,
            "/meeting/theme",
            "the input is not valid UTF-8: byte 0xFA cannot start a character",
            1,
            43),
        arguments(
            "UTF-32 cut in the middle of a character",
            new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, '{', 0, 0},
            Kind.MALFORMED_JSON,
            "",
            "the input is not text in UTF-8, UTF-16 or UTF-32: it ends in the middle of a"
                + " character",
            1,
            1),
        arguments(
            "a duplicate key",
            bytes("{\"formatVersion\":1,\"formatVersion\":1}"),
            Kind.DUPLICATE_FIELD,
            "/formatVersion",
            "field \"formatVersion\" appears twice",
            1,
            20),
        arguments(
            "content after the record",
            bytes(MISPA_V + "{}"),
            Kind.TRAILING_CONTENT,
            "",
            "expected the end of the input after the record, found an object",
            1,
            end + 1),
        arguments(
            "a word after the record",
            bytes(MISPA_V + " rest"),
            Kind.TRAILING_CONTENT,
            "",
            "expected the end of the input after the record, found: expected a JSON value (an"
                + " object, array, string, number, true, false or null), found \"rest\"",
            1,
            end + 2),
        arguments(
            "nothing but white space",
            bytes(" \n "),
            Kind.MALFORMED_JSON,
            "",
            "expected a meeting record (an object), found no content",
            1,
            0),
        arguments(
            "a date with a five-digit year",
            bytes(fiveDigitYear),
            Kind.INVALID_VALUE,
            "/meeting/endDate",
            "expected a date as yyyy-mm-dd (ISO 8601), found \"+99999-11-20\"",
            1,
            at(fiveDigitYear, "\"+99999")),
        arguments(
            "a day that does not exist",
            bytes(noSuchDay),
            Kind.INVALID_VALUE,
            "/meeting/endDate",
            "expected a date as yyyy-mm-dd (ISO 8601), found \"2015-02-30\"",
            1,
            at(noSuchDay, "\"2015-02-30")),
        arguments(
            "a date with a time",
            bytes(dateAndTime),
            Kind.INVALID_VALUE,
            "/meeting/endDate",
            "expected a date as yyyy-mm-dd (ISO 8601), found \"2015-11-20T00:00\"",
            1,
            at(dateAndTime, "\"2015-11-20T")),
        arguments(
            "a date and time with an offset",
            bytes(offset),
            Kind.INVALID_VALUE,
            "/documents/0/distributedAt",
            "expected a local date and time as yyyy-mm-ddThh:mm:ss (ISO 8601), found"
                + " \"2015-11-18T09:00:00Z\"",
            1,
            at(offset, "\"2015-11-18T09:00:00Z")),
        arguments(
            "a date and time with a five-digit year",
            bytes(fiveDigitYearAndTime),
            Kind.INVALID_VALUE,
            "/documents/0/distributedAt",
            "expected a local date and time as yyyy-mm-ddThh:mm:ss (ISO 8601), found"
                + " \"+12015-11-18T09:00:00\"",
            1,
            at(fiveDigitYearAndTime, "\"+12015")),
        arguments(
            "announced counts that would add up past 2^31",
            bytes(overflow),
            Kind.INVALID_VALUE,
            TALLY + "/announcedFor",
            "expected a count, an integer from 0 to 1000000, found 2147483647",
            1,
            at(overflow, "2147483647")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void isRefusedInOneLineOfMispasWordsThatNamesThePlace(
      String name, byte[] input, Kind kind, String pointer, String problem, int line, int column) {
    MispaJsonException e = catchThrowableOfType(MispaJsonException.class, () -> STRICT.read(input));

    assertThat(e).as(name).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    assertThat(e.problem()).isEqualTo(problem);
    assertInMispasWords(e);
    assertThat(e.getLocation()).as(e.getMessage()).isNotNull();
    assertThat(e.getLocation().getLineNr()).as(e.getMessage()).isEqualTo(line);
    // The parser stops on the offending character or just after it (after a broken sequence of up
    // to four bytes).
    assertThat(e.getLocation().getColumnNr()).as(e.getMessage()).isBetween(column, column + 3);
  }

  /** {@return the column, from 1, of {@code marker} in one-line {@code json}, counted in bytes} */
  private static int at(String json, String marker) {
    int index = json.indexOf(marker);
    assertThat(index).as("%s in the input", marker).isNotNegative();
    return bytes(json.substring(0, index)).length + 1;
  }

  private static Stream<Arguments> beyondTheLimits() {
    return Stream.of(
        arguments(
            "a string one character over the limit",
            STRICT,
            editMispaV("/meeting", m -> m.put("theme", "x".repeat(1_000_001))),
            "/meeting/theme",
            "a string is longer than 1000000 characters, the limit"),
        arguments(
            "a field name over the limit",
            STRICT,
            "{\"formatVersion\":1,\"" + "n".repeat(1_001) + "\":1}",
            "",
            "a field name is longer than 1000 characters, the limit"),
        arguments(
            "a number over the limit",
            STRICT,
            "{\"formatVersion\":" + "9".repeat(33) + "}",
            "/formatVersion",
            "a number is longer than 32 characters, the limit"),
        arguments(
            "nesting one level over the limit, in an ignored field",
            LENIENT,
            "{\"formatVersion\":1,\"deep\":" + "[".repeat(64) + "]".repeat(64) + "}",
            "/deep/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
                + "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0",
            "the input nests objects and arrays deeper than 64 levels, the limit"),
        arguments(
            "a document over the limit",
            STRICT.withReadConstraints(
                StreamReadConstraints.builder().maxDocumentLength(10_000).build()),
            MISPA_V,
            "",
            "the input is longer than 10000 bytes (or characters of a string), the limit"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beyondTheLimits")
  void inputBeyondALimitIsRefusedWithTheLimitAndThePlace(
      String name, MispaJson json, String input, String pointer, String problem) {
    // From a stream, as a file is read.
    MispaJsonException e =
        catchThrowableOfType(
            MispaJsonException.class, () -> json.read(new ByteArrayInputStream(bytes(input))));

    assertThat(e).as(name).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    assertThat(e.problem()).isEqualTo(problem);
    assertInMispasWords(e);
    assertThat(e.getLocation()).as("the place of %s", name).isNotNull();
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
    assertThat(e.getLocation().getColumnNr()).isPositive();
  }

  @Test
  void inputJustWithinTheLimitsIsRead() {
    String theme = "x".repeat(MispaJson.MAX_STRING_LENGTH);
    assertThat(STRICT.read(editMispaV("/meeting", m -> m.put("theme", theme))).meeting().theme())
        .contains(theme);

    // The record is one level deep; 63 more make 64.
    String deep = "[".repeat(63) + "]".repeat(63);
    assertThat(LENIENT.read(MISPA_V.replaceFirst("\\{", "{\"deep\":" + deep + ",")))
        .isEqualTo(MispaV.record());
  }

  private static Stream<Arguments> encodings() {
    return Stream.of(
        arguments("UTF-8", UTF_8, false),
        arguments("UTF-8 with a byte order mark", UTF_8, true),
        arguments("UTF-16BE", UTF_16BE, false),
        arguments("UTF-16BE with a byte order mark", UTF_16BE, true),
        arguments("UTF-16LE", UTF_16LE, false),
        arguments("UTF-16LE with a byte order mark", UTF_16LE, true),
        arguments("UTF-32BE", Charset.forName("UTF-32BE"), false),
        arguments("UTF-32BE with a byte order mark", Charset.forName("UTF-32BE"), true),
        arguments("UTF-32LE", Charset.forName("UTF-32LE"), false),
        arguments("UTF-32LE with a byte order mark", Charset.forName("UTF-32LE"), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void everyUnicodeEncodingIsReadWithOrWithoutAByteOrderMark(
      String name, Charset charset, boolean byteOrderMark) {
    byte[] input = ((byteOrderMark ? "\uFEFF" : "") + MISPA_V).getBytes(charset);

    assertThat(STRICT.read(input)).as(name).isEqualTo(MispaV.record());
  }

  @Test
  void loneSurrogatesAndControlCharactersAreTextThatIsKeptExactly() {
    String theme = "\uD800 \uDC00 \u0000 \u001B[2K \u202E \u0085";
    String json = editMispaV("/meeting", m -> m.put("theme", theme));

    MeetingRecord record = STRICT.read(json);

    assertThat(record.meeting().theme()).contains(theme);
    byte[] written = STRICT.writeToBytes(record);
    assertThat(new String(written, UTF_8)).contains("\\uD800 \\uDC00 \\u0000 \\u001B[2K");
    assertThat(STRICT.read(written)).isEqualTo(record);
  }

  @Test
  void aRepeatedUnknownFieldIsSkippedWhenUnknownFieldsAreIgnored() {
    String json = MISPA_V.replaceFirst("\\{", "{\"x\":1,\"x\":{\"x\":[1,2]},");

    assertThat(LENIENT.read(json)).isEqualTo(MispaV.record());
    assertThat(catchThrowableOfType(MispaJsonException.class, () -> STRICT.read(json)).kind())
        .isEqualTo(Kind.UNKNOWN_FIELD);
  }

  @Test
  void aPersonADocumentAParticipantAndAnActMayShareAnIdForTheirIdSpacesAreSeparate() {
    // Each reference says what it refers to ("by" a participant, "person" a person, "document" a
    // document, "of" an act), so one id in two spaces is never ambiguous.
    String json =
        editMispaV(
            "",
            r -> {
              ((ArrayNode) r.get("documents"))
                  .addObject()
                  .put("id", MispaV.CHAIR)
                  .put("title", "A document named as the chair is")
                  .put("documentClass", "information");
              ((ArrayNode) r.at("/sessions/0/items/0/acts"))
                  .addObject()
                  .put("type", "intervention")
                  .put("id", "PER")
                  .put("by", "PER");
            });

    MeetingRecord record = STRICT.read(json);

    assertThat(record.person(MispaV.CHAIR)).isPresent();
    assertThat(record.document(MispaV.CHAIR)).isPresent();
    assertThat(record.participant("PER")).isPresent();
    assertThat(record.act("PER")).isPresent();
  }

  @Test
  void fourHundredThousandSupportsOfOneProposalAreReadAndCheckedInBoundedWork() {
    // 16 MB: far under the limit of 256 MiB. Each support copied the list of those before it,
    // so this ran past 150 s and 1.8 GB; now it is read and checked in a few seconds.
    int supports = 400_000;
    byte[] input = bytes(withSupports(supports));

    Verdict verdict =
        assertTimeoutPreemptively(
            Duration.ofSeconds(90),
            () -> {
              long before = allocated();
              Verdict checked = RuleSets.mispa().check(STRICT.read(input));
              long bytes = allocated() - before;
              // Linear work allocates tens of bytes per byte read; the old lists, terabytes.
              assertThat(bytes).isLessThan(100L * input.length);
              return checked;
            });

    assertThat(verdict.record().acts()).hasSizeGreaterThan(supports);
    assertThat(verdict.isClean()).isTrue();
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  /** Mispa's words: one line, none of Jackson's. */
  private static void assertInMispasWords(MispaJsonException e) {
    assertThat(e.problem()).doesNotContain("\n", "\r").doesNotMatch(JACKSON_WORDS);
    assertThat(e.getMessage()).doesNotContain("\n", "\r").doesNotMatch(JACKSON_WORDS);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  /** A record's beginning, up to a theme that holds {@code raw} bytes after a few characters. */
  private static byte[] utf8With(byte[] raw) {
    byte[] start = bytes("{\"formatVersion\":1,\"meeting\":{\"theme\":\"ab");
    byte[] end = bytes("cd\"}}");
    byte[] all = new byte[start.length + raw.length + end.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(raw, 0, all, start.length, raw.length);
    System.arraycopy(end, 0, all, start.length + raw.length, end.length);
    return all;
  }

  /** MISPA V with Honduras's offer accepted by a vote with these announced counts. */
  private static String withTally(long votesFor, long votesAgainst, long abstentions) {
    return editMispaV(
        "/sessions/5/items/0/acts/6",
        decision -> {
          decision.put("method", "vote");
          ObjectNode tally = decision.putObject("tally");
          tally.put("announcedFor", votesFor);
          tally.put("announcedAgainst", votesAgainst);
          tally.put("announcedAbstentions", abstentions);
        });
  }

  /** MISPA V with a proposal of Colombia and {@code n} supports of it by Argentina, at 2.a. */
  private static String withSupports(int n) {
    ObjectNode root = JsonEdits.mispaV();
    ArrayNode acts = (ArrayNode) root.at("/sessions/1/items/0/acts");
    ArrayNode edited = JsonEdits.TREES.createArrayNode();
    edited.addObject().put("type", "proposal").put("id", "p").put("by", "COL").put("text", "adopt");
    for (int i = 0; i < n; i++) {
      edited.addObject().put("type", "support").put("by", "ARG").put("of", "p");
    }
    edited.addAll(acts);
    ((ObjectNode) root.at("/sessions/1/items/0")).set("acts", edited);
    return JsonEdits.TREES.writeValueAsString(root);
  }
}
