package io.github.mispa.json;

import static io.github.mispa.json.JsonEdits.MISPA_V;
import static io.github.mispa.json.JsonEdits.editMispaV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mispa.examples.MispaV;
import io.github.mispa.json.MispaJsonException.Kind;
import io.github.mispa.procedure.RecordProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every kind of bad input fails with a MispaJsonException that says where and what. */
class BadInputTest {
  private static final MispaJson JSON = MispaJson.standard();
  private static final String SECONDING = "/sessions/1/items/0/acts/18";

  private static MispaJsonException failure(String json) {
    return catchThrowableOfType(MispaJsonException.class, () -> JSON.read(json));
  }

  private static void assertFails(String json, Kind kind, String pointer, String problem) {
    MispaJsonException e = failure(json);
    assertThat(e).as("reading should fail").isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    assertThat(e.problem()).contains(problem);
    assertThat(e.problems()).hasSize(1);
  }

  @Test
  void malformedJsonPointsAtTheBrokenPlaceWithItsLineAndColumn() {
    MispaJsonException e = failure("{\"formatVersion\": 1,\n \"meeting\": {\"series\": }}");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(e.pointer()).isEqualTo("/meeting/series");
    assertThat(e.getLocation()).isNotNull();
    assertThat(e.getLocation().getLineNr()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("/meeting/series: ").contains("(line 2, column");
  }

  @Test
  void emptyInputIsMalformed() {
    assertFails("", Kind.MALFORMED_JSON, "", "found no content");
    assertFails("  \n ", Kind.MALFORMED_JSON, "", "found no content");
  }

  @Test
  void truncatedInputIsMalformed() {
    MispaJsonException e = failure(MISPA_V.substring(0, MISPA_V.length() / 2));
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(e.problem()).startsWith("the input ends before the record does");
  }

  @Test
  void contentAfterTheRecordIsRejected() {
    assertFails(MISPA_V + " {}", Kind.TRAILING_CONTENT, "", "found an object");
    assertFails(MISPA_V + "}", Kind.TRAILING_CONTENT, "", "expected the end of the input");
    assertFails(MISPA_V + " x", Kind.TRAILING_CONTENT, "", "expected the end of the input");
    assertThat(JSON.read(MISPA_V + " \n\t")).isEqualTo(MispaV.record());
  }

  @Test
  void aValueOfTheWrongJsonTypeNamesWhatWasExpected() {
    assertFails(
        editMispaV("/sessions/0", s -> s.put("number", "1")),
        Kind.WRONG_TYPE,
        "/sessions/0/number",
        "expected a session number, from 1, found a string");
    assertFails(
        editMispaV("/meeting", m -> m.put("edition", 5.0)),
        Kind.WRONG_TYPE,
        "/meeting/edition",
        "found a number with a fraction or an exponent");
    assertFails(
        editMispaV("", r -> r.putObject("persons")),
        Kind.WRONG_TYPE,
        "/persons",
        "expected an array of persons, found an object");
    assertFails(
        editMispaV(SECONDING, a -> a.putArray("of").add("nomination-vice-chair")),
        Kind.WRONG_TYPE,
        SECONDING + "/of",
        "expected a string, found an array");
    assertFails("[]", Kind.WRONG_TYPE, "", "expected a meeting record (an object), found an array");
  }

  @Test
  void nullIsNotAbsence() {
    assertFails(
        editMispaV("/meeting", m -> m.putNull("theme")),
        Kind.WRONG_TYPE,
        "/meeting/theme",
        "found null (omit a field that has no value)");
  }

  @Test
  void aMissingRequiredFieldIsNamedAtItsObject() {
    assertFails(
        editMispaV("/meeting", m -> m.remove("startDate")),
        Kind.MISSING_FIELD,
        "/meeting",
        "missing required field \"startDate\" in a meeting");
    assertFails(
        editMispaV(SECONDING, a -> a.remove("of")),
        Kind.MISSING_FIELD,
        SECONDING,
        "missing required field \"of\" in a seconding");
    assertFails(
        editMispaV(SECONDING, a -> a.remove("type")),
        Kind.MISSING_FIELD,
        SECONDING,
        "missing required field \"type\"");
    assertFails(
        editMispaV("", r -> r.remove("formatVersion")),
        Kind.MISSING_FIELD,
        "",
        "missing required field \"formatVersion\" in a meeting record");
  }

  @Test
  void anUnknownTypeOfActIsRejectedWithTheKnownTypes() {
    assertFails(
        editMispaV(SECONDING, a -> a.put("type", "motionToAdjourn")),
        Kind.UNKNOWN_TYPE,
        SECONDING + "/type",
        "one of \"speech\", \"minuteOfSilence\"");
    assertFails(
        editMispaV(SECONDING, a -> a.put("type", "Seconding")),
        Kind.UNKNOWN_TYPE,
        SECONDING + "/type",
        "found \"Seconding\"");
  }

  @Test
  void unknownFieldsAreRejectedByDefaultAndIgnoredOnRequest() {
    String json =
        editMispaV(
            SECONDING,
            a -> {
              a.put("loudly", true);
              a.putObject("extension").putArray("deep").addObject().put("x", 1);
            });
    assertFails(
        json,
        Kind.UNKNOWN_FIELD,
        SECONDING + "/loudly",
        "unknown field \"loudly\" in a seconding; expected id, by, person, summary, summaryTranslations, of");
    assertThat(JSON.withUnknownFieldsIgnored(true).read(json)).isEqualTo(MispaV.record());
    assertThat(
            JSON.withUnknownFieldsIgnored(true)
                .read(editMispaV("", r -> r.put("generator", "another tool"))))
        .isEqualTo(MispaV.record());
  }

  @Test
  void aFieldOfAnotherKindOfActIsUnknownForThisOne() {
    String json = editMispaV(SECONDING, a -> a.put("nominee", "perez-guadalupe"));
    assertFails(json, Kind.UNKNOWN_FIELD, SECONDING + "/nominee", "in a seconding");
    assertThat(JSON.withUnknownFieldsIgnored(true).read(json)).isEqualTo(MispaV.record());
  }

  @Test
  void aDuplicatedKeyIsRejectedEvenWhenUnknownFieldsAreIgnored() {
    String json = MISPA_V.replaceFirst("\"id\":\"ATG\",", "\"id\":\"ATG\",\"id\":\"ATG\",");
    assertThat(json).isNotEqualTo(MISPA_V);
    assertFails(json, Kind.DUPLICATE_FIELD, "/participants/0/id", "field \"id\" appears twice");
    assertThatThrownBy(() -> JSON.withUnknownFieldsIgnored(true).read(json))
        .isInstanceOf(MispaJsonException.class);
    String twoTypes =
        MISPA_V.replaceFirst("\"type\":\"speech\",", "\"type\":\"speech\",\"type\":\"speech\",");
    assertFails(
        twoTypes,
        Kind.DUPLICATE_FIELD,
        "/sessions/0/items/0/acts/0/type",
        "field \"type\" appears twice");
  }

  @Test
  void invalidSymbolsDatesCodesAndIdsPointAtTheirField() {
    assertFails(
        editMispaV("/meeting", m -> m.put("convenedBy", "AG/RES. x (XLIV-O/14)")),
        Kind.INVALID_VALUE,
        "/meeting/convenedBy",
        "expected an OAS document symbol");
    assertFails(
        editMispaV("/meeting", m -> m.put("startDate", "2015-11-31")),
        Kind.INVALID_VALUE,
        "/meeting/startDate",
        "expected a date as yyyy-mm-dd");
    assertFails(
        editMispaV("/meeting", m -> m.put("startDate", "19/11/2015")),
        Kind.INVALID_VALUE,
        "/meeting/startDate",
        "found \"19/11/2015\"");
    assertFails(
        editMispaV("/meeting/venue", v -> v.put("country", "pe")),
        Kind.INVALID_VALUE,
        "/meeting/venue/country",
        "alpha-3 code of an OAS member state");
    assertFails(
        editMispaV("/participants/0", p -> p.put("kind", "MEMBER_STATE_DELEGATION")),
        Kind.INVALID_VALUE,
        "/participants/0/kind",
        "one of \"memberStateDelegation\", \"oasOrgan\"");
    assertFails(
        editMispaV("/persons/0", p -> p.put("id", "two words")),
        Kind.INVALID_VALUE,
        "/persons/0/id",
        "expected an id");
    ObjectNode root = JsonEdits.mispaV();
    ((tools.jackson.databind.node.ArrayNode) root.at("/meeting/languages")).add("de");
    assertFails(
        JsonEdits.TREES.writeValueAsString(root),
        Kind.INVALID_VALUE,
        "/meeting/languages/4",
        "one of \"en\", \"es\", \"fr\", \"pt\"");
  }

  @Test
  void anIntegerOutOfRangeIsInvalid() {
    assertFails(
        editMispaV("/meeting", m -> m.put("edition", 4000)),
        Kind.INVALID_VALUE,
        "/meeting/edition",
        "an edition, an integer from 1 to 3999");
    assertFails(
        editMispaV("/sessions/0", s -> s.put("number", 0)),
        Kind.INVALID_VALUE,
        "/sessions/0/number",
        "found 0");
    assertFails(
        editMispaV("/sessions/0", s -> s.put("number", 99_999_999_999L)),
        Kind.INVALID_VALUE,
        "/sessions/0/number",
        "found 99999999999");
  }

  @Test
  void aReferenceToAnUndefinedIdFailsWithTheRecordsProblemsAsPointersIntoTheInput() {
    String json = editMispaV(SECONDING, a -> a.put("of", "nomination-of-nobody"));
    MispaJsonException e = failure(json);
    assertThat(e.kind()).isEqualTo(Kind.INVALID_RECORD);
    assertThat(e.pointer()).isEqualTo(SECONDING + "/of");
    assertThat(e.problem()).contains("nomination-of-nobody");
    JsonNode input = JsonEdits.TREES.readTree(json);
    for (RecordProblem problem : e.problems()) {
      assertThat(input.at(problem.path()).isMissingNode()).as(problem.toString()).isFalse();
    }
    assertThat(input.at(e.pointer()).asString()).isEqualTo("nomination-of-nobody");
  }

  @Test
  void everyProblemOfAnInvalidRecordIsListed() {
    ObjectNode root = JsonEdits.mispaV();
    ((ObjectNode) root.at(SECONDING)).put("of", "nobody");
    ((ObjectNode) root.at("/persons/0/positions/0")).put("participant", "XYZ");
    MispaJsonException e =
        catchThrowableOfType(
            MispaJsonException.class, () -> JSON.read(JsonEdits.TREES.writeValueAsString(root)));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_RECORD);
    assertThat(e.problems())
        .extracting(RecordProblem::path)
        .containsExactly("/persons/0/positions/0/participant", SECONDING + "/of");
    assertThat(e.getMessage()).startsWith("The record is invalid (2 problems):");
  }

  @Test
  void aFormatVersionOtherThanOneOrTwoIsUnsupported() {
    for (int version : new int[] {0, 3}) {
      assertFails(
          editMispaV("", r -> r.put("formatVersion", version)),
          Kind.UNSUPPORTED_VERSION,
          "/formatVersion",
          "format version " + version + " is not supported: this library reads versions 1 to 2");
    }
    assertFails(
        editMispaV("", r -> r.put("formatVersion", "2")),
        Kind.WRONG_TYPE,
        "/formatVersion",
        "expected the format version, an integer");
  }

  @Test
  void aBuildersRefusalPointsAtTheObjectBeingBuilt() {
    assertFails(
        editMispaV("/meeting", m -> m.put("endDate", "2015-11-01")),
        Kind.INVALID_VALUE,
        "/meeting",
        "MISPA V ends (2015-11-01) before it starts (2015-11-19)");
    assertFails(
        editMispaV("/sessions/1/items/0/acts/1", d -> d.put("method", "vote")),
        Kind.INVALID_VALUE,
        "/sessions/1/items/0/acts/1",
        "a tally is given exactly for a decision by vote");
    assertFails(
        editMispaV(SECONDING, a -> a.remove("by")),
        Kind.INVALID_VALUE,
        SECONDING,
        "must name who did it");
    assertFails(
        editMispaV("/sessions/1/items/0", i -> i.put("number", "3.a")),
        Kind.INVALID_VALUE,
        "/sessions/1",
        "item 3.a is in session 2");
  }

  @Test
  void anActWhoseTypeIsNotFirstReadsTheSameAndFailsAtTheSamePlaces() {
    String typeLast = editMispaV(SECONDING, a -> a.set("type", a.remove("type")));
    assertThat(typeLast).contains("\"of\":\"nomination-vice-chair\",\"type\":\"seconding\"");
    assertThat(JSON.read(typeLast)).isEqualTo(MispaV.record());

    assertFails(
        editMispaV(
            SECONDING,
            a -> {
              a.set("type", a.remove("type"));
              a.put("of", 5);
            }),
        Kind.WRONG_TYPE,
        SECONDING + "/of",
        "expected a string, found an integer");
    assertFails(
        editMispaV(
            SECONDING,
            a -> {
              a.put("type", "nonsense");
              a.set("type", a.remove("type"));
            }),
        Kind.UNKNOWN_TYPE,
        SECONDING + "/type",
        "found \"nonsense\"");
    assertFails(
        editMispaV(
            SECONDING,
            a -> {
              a.set("type", a.remove("type"));
              a.put("nominee", "x");
            }),
        Kind.UNKNOWN_FIELD,
        SECONDING + "/nominee",
        "unknown field \"nominee\"");
    assertFails(
        editMispaV(SECONDING, a -> a.remove("of")).replace("\"type\":\"seconding\",", ""),
        Kind.MISSING_FIELD,
        SECONDING,
        "missing required field \"type\"");
  }

  @Test
  void aParticipantListedTwiceInAttendanceIsInvalid() {
    String json =
        editMispaV("/sessions/0", s -> s.putArray("attendance").add("PER").add("COL").add("PER"));
    assertFails(
        json,
        Kind.INVALID_VALUE,
        "/sessions/0/attendance/2",
        "\"PER\" is listed twice in attendance");
  }

  @Test
  void inputBeyondTheLimitsIsRejected() {
    MispaJson lenient = JSON.withUnknownFieldsIgnored(true);
    String deep = "[".repeat(200) + "]".repeat(200);
    MispaJsonException depth =
        catchThrowableOfType(
            MispaJsonException.class,
            () -> lenient.read(MISPA_V.replaceFirst("\\{", "{\"deep\":" + deep + ",")));
    assertThat(depth.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(depth.problem())
        .isEqualTo("the input nests objects and arrays deeper than 64 levels, the limit");

    String huge = "x".repeat(MispaJson.MAX_STRING_LENGTH + 1);
    MispaJsonException string =
        catchThrowableOfType(
            MispaJsonException.class,
            () -> JSON.read(editMispaV("/meeting", m -> m.put("theme", huge))));
    assertThat(string.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(string.pointer()).isEqualTo("/meeting/theme");
    assertThat(string.problem()).isEqualTo("a string is longer than 1000000 characters, the limit");
    assertThat(string.getLocation().getLineNr()).isEqualTo(1);

    String longNumber = "1".repeat(MispaJson.MAX_NUMBER_LENGTH + 1);
    MispaJsonException number =
        catchThrowableOfType(
            MispaJsonException.class,
            () ->
                JSON.read(
                    MISPA_V.replace("\"formatVersion\":2", "\"formatVersion\":" + longNumber)));
    assertThat(number.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);

    MispaJson small =
        JSON.withReadConstraints(StreamReadConstraints.builder().maxDocumentLength(1000).build());
    MispaJsonException length =
        catchThrowableOfType(MispaJsonException.class, () -> small.read(MISPA_V));
    assertThat(length.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(length.problem())
        .isEqualTo("the input is longer than 1000 bytes (or characters of a string), the limit");
  }

  @Test
  void theDefaultLimitsAreTheDocumentedOnes() {
    StreamReadConstraints limits = MispaJson.defaultReadConstraints();
    assertThat(limits.getMaxNestingDepth()).isEqualTo(64);
    assertThat(limits.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(limits.getMaxNumberLength()).isEqualTo(32);
    assertThat(limits.getMaxNameLength()).isEqualTo(1_000);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(256L * 1024 * 1024);
  }

  @Test
  void aFailingStreamIsAnIoErrorNotAFormatError() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk on fire");
          }
        };
    assertThatThrownBy(() -> JSON.read(broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
  }

  @Test
  void bytesThatAreNotJsonAreMalformed() {
    byte[] garbage = {(byte) 0xFF, (byte) 0xFE, 0, 0, 0x41};
    assertThatThrownBy(() -> JSON.read(garbage)).isInstanceOf(MispaJsonException.class);
    assertThatThrownBy(
            () ->
                JSON.read(
                    "{\"formatVersion\": 1, \"meeting\": {\"series\": \u0000}}"
                        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MispaJsonException.class);
  }
}
