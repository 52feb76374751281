package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.model.Position;
import io.github.mispa.model.Venue;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact form of the wire format, on a small record that uses most of it. */
class WireFormatTest {
  private static final MeetingRecord RECORD =
      MeetingRecord.builder()
          .meeting(
              Meeting.builder()
                  .series(MeetingSeries.MISPA)
                  .edition(Edition.of(1))
                  .venue(Venue.of("Mexico City", MemberState.MEXICO))
                  .startDate(LocalDate.of(2008, 10, 7))
                  .endDate(LocalDate.of(2008, 10, 8))
                  .addLanguages(OfficialLanguage.SPANISH, OfficialLanguage.ENGLISH)
                  .convenedBy(DocumentSymbol.parse("ag/res.2335 (xxxvii-o/07)"))
                  .build())
          .addParticipants(
              Participant.delegationOf(MemberState.MEXICO),
              Participant.builder()
                  .id("OAS-GS")
                  .kind(ParticipantKind.OAS_ORGAN)
                  .name("General Secretariat")
                  .head("insulza")
                  .build())
          .addPersons(
              Person.builder()
                  .id("insulza")
                  .name("José Miguel Insulza")
                  .participant("OAS-GS")
                  .build())
          .addDocuments(
              Document.builder()
                  .id("agenda")
                  .symbol(DocumentSymbol.parse("MISPA/doc.1/08 REV.1"))
                  .title("Agenda")
                  .documentClass(DocumentClass.AGENDA)
                  .addLanguages(OfficialLanguage.ENGLISH)
                  .distributedAt(LocalDateTime.of(2008, 10, 1, 9, 0))
                  .build())
          .addSessions(
              Session.builder()
                  .number(1)
                  .kind(SessionKind.OPENING)
                  .date(LocalDate.of(2008, 10, 7))
                  .attendance(ImmutableSet.of())
                  .addItems(
                      AgendaItem.builder()
                          .number("1.a")
                          .title("Agenda")
                          .addDocuments("agenda")
                          .addActs(
                              Proposal.builder().id("p").by("MEX").text("adopt the agenda").build(),
                              Decision.builder()
                                  .addOn("p")
                                  .method(DecisionMethod.VOTE)
                                  .outcome(Outcome.REJECTED)
                                  .tally(
                                      Tally.builder()
                                          .addBallots(Ballot.of("MEX", Vote.NOT_VOTING))
                                          .announcedFor(0)
                                          .announcedAgainst(0)
                                          .build())
                                  .build())
                          .build())
                  .build(),
              Session.builder().number(2).kind(SessionKind.PLENARY).build())
          .build();

  private static final String EXPECTED =
      "{\"formatVersion\":2,"
          + "\"meeting\":{"
          + "\"series\":{\"code\":\"MISPA\",\"name\":\"Meeting of Ministers Responsible for Public"
          + " Security in the Americas\"},"
          + "\"edition\":1,"
          + "\"venue\":{\"city\":\"Mexico City\",\"country\":\"MEX\"},"
          + "\"startDate\":\"2008-10-07\",\"endDate\":\"2008-10-08\","
          + "\"languages\":[\"en\",\"es\"],"
          + "\"convenedBy\":\"AG/RES. 2335 (XXXVII-O/07)\"},"
          + "\"participants\":["
          + "{\"id\":\"MEX\",\"kind\":\"memberStateDelegation\",\"name\":\"Mexico\",\"state\":\"MEX\","
          + "\"accredited\":true},"
          + "{\"id\":\"OAS-GS\",\"kind\":\"oasOrgan\",\"name\":\"General Secretariat\","
          + "\"head\":\"insulza\",\"accredited\":true}],"
          + "\"persons\":[{\"id\":\"insulza\",\"name\":\"José Miguel Insulza\","
          + "\"positions\":[{\"participant\":\"OAS-GS\"}]}],"
          + "\"documents\":[{\"id\":\"agenda\",\"symbol\":\"MISPA/doc.1/08 rev. 1\","
          + "\"title\":\"Agenda\",\"documentClass\":\"agenda\",\"languages\":[\"en\"],"
          + "\"distributedAt\":\"2008-10-01T09:00:00\"}],"
          + "\"sessions\":["
          + "{\"number\":1,\"kind\":\"opening\",\"date\":\"2008-10-07\",\"attendance\":[],"
          + "\"items\":[{\"number\":\"1.a\",\"title\":\"Agenda\",\"documents\":[\"agenda\"],"
          + "\"acts\":["
          + "{\"type\":\"proposal\",\"id\":\"p\",\"by\":\"MEX\",\"proposalKind\":\"text\","
          + "\"text\":\"adopt the agenda\"},"
          + "{\"type\":\"decision\",\"method\":\"vote\",\"outcome\":\"rejected\","
          + "\"tally\":{\"ballots\":[{\"participant\":\"MEX\",\"vote\":\"notVoting\"}],"
          + "\"announcedFor\":0,\"announcedAgainst\":0},"
          + "\"on\":[\"p\"]}]}]},"
          + "{\"number\":2,\"kind\":\"plenary\"}]}";

  /** The same record in version 1: a person's position and participant were fields of their own. */
  private static final String EXPECTED_VERSION_1 =
      EXPECTED
          .replace("{\"formatVersion\":2,", "{\"formatVersion\":1,")
          .replace("\"positions\":[{\"participant\":\"OAS-GS\"}]", "\"participant\":\"OAS-GS\"");

  @Test
  void aSmallRecordWritesExactlyTheDocumentedForm() {
    assertThat(MispaJson.standard().writeToString(RECORD)).isEqualTo(EXPECTED);
    assertThat(MispaJson.standard().read(EXPECTED)).isEqualTo(RECORD);
  }

  @Test
  void aVersion1DocumentReadsAsTheSameRecordAndVersion1WritesIt() {
    assertThat(EXPECTED_VERSION_1).isNotEqualTo(EXPECTED);
    assertThat(MispaJson.standard().read(EXPECTED_VERSION_1)).isEqualTo(RECORD);
    assertThat(MispaJson.standard().withFormatVersion(1).writeToString(RECORD))
        .isEqualTo(EXPECTED_VERSION_1);
  }

  @Test
  void version1CannotCarryWhatVersion2Added() {
    MeetingRecord twoPositions =
        RECORD.toBuilder()
            .persons(
                List.of(
                    RECORD.persons().get(0).toBuilder()
                        .addAdditionalPositions(Position.of("Observer", "MEX"))
                        .build()))
            .build();
    MispaJson version1 = MispaJson.standard().withFormatVersion(1);
    assertThatThrownBy(() -> version1.writeToString(twoPositions))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "format version 1 cannot carry a person with several positions (format version 2)");
    assertThat(MispaJson.standard().read(MispaJson.standard().writeToString(twoPositions)))
        .isEqualTo(twoPositions);
    assertThatThrownBy(() -> MispaJson.standard().withFormatVersion(3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFieldOfVersion2InAVersion1DocumentIsUnknownWhereverTheVersionStands() {
    String positions =
        EXPECTED_VERSION_1.replace(
            "\"participant\":\"OAS-GS\"}]", "\"positions\":[{\"participant\":\"OAS-GS\"}]}]");
    String versionLast =
        positions.replace("{\"formatVersion\":1,", "{").replaceFirst("}$", ",\"formatVersion\":1}");
    for (String json : List.of(positions, versionLast)) {
      MispaJsonException e =
          catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(json));
      assertThat(e.kind()).as(json).isEqualTo(MispaJsonException.Kind.UNKNOWN_FIELD);
      assertThat(e.pointer()).isEqualTo("/persons/0/positions");
    }
    // A field of version 1 in a version 2 document, likewise.
    MispaJsonException old =
        catchThrowableOfType(
            MispaJsonException.class,
            () ->
                MispaJson.standard()
                    .read(EXPECTED.replace("\"positions\":", "\"position\":\"x\",\"positions\":")));
    assertThat(old.kind()).isEqualTo(MispaJsonException.Kind.UNKNOWN_FIELD);
    assertThat(old.pointer()).isEqualTo("/persons/0/position");
  }

  @Test
  void aCodeOfVersion2InAVersion1DocumentIsInvalidWhereverTheVersionStands() {
    String vice = "{\"type\":\"nomination\",\"by\":\"MEX\",\"nominee\":\"insulza\",\"office\":";
    String first =
        EXPECTED_VERSION_1.replace(
            "{\"type\":\"proposal\"", vice + "\"firstViceChair\"},{\"type\":\"proposal\"");
    String versionLast =
        first.replace("{\"formatVersion\":1,", "{").replaceFirst("}$", ",\"formatVersion\":1}");
    for (String json : List.of(first, versionLast)) {
      MispaJsonException e =
          catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(json));
      assertThat(e.kind()).as(json).isEqualTo(MispaJsonException.Kind.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/sessions/0/items/0/acts/0/office");
    }
    assertThat(
            MispaJson.standard()
                .read(
                    first
                        .replace("{\"formatVersion\":1,", "{\"formatVersion\":2,")
                        .replace(
                            "\"participant\":\"OAS-GS\"}]",
                            "\"positions\":[{\"participant\":\"OAS-GS\"}]}]"))
                .acts()
                .get(0)
                .act())
        .isInstanceOf(io.github.mispa.procedure.Nomination.class);
  }

  @Test
  void aVersion1DocumentNeedsItsTitlesWhereverTheVersionStands() {
    String untitled =
        EXPECTED_VERSION_1.replace("\"title\":\"Agenda\",\"documentClass\"", "\"documentClass\"");
    assertThat(untitled).isNotEqualTo(EXPECTED_VERSION_1);
    String versionLast =
        untitled.replace("{\"formatVersion\":1,", "{").replaceFirst("}$", ",\"formatVersion\":1}");
    for (String json : List.of(untitled, versionLast)) {
      MispaJsonException e =
          catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(json));
      assertThat(e.kind()).as(json).isEqualTo(MispaJsonException.Kind.MISSING_FIELD);
      assertThat(e.pointer()).isEqualTo("/documents/0");
      assertThat(e.getMessage()).contains("missing required field \"title\" in a document");
    }
    // Version 2 names the document by its symbol alone, and version 1 cannot write it.
    MeetingRecord symbolOnly =
        MispaJson.standard()
            .read(EXPECTED.replace("\"title\":\"Agenda\",\"documentClass\"", "\"documentClass\""));
    assertThat(symbolOnly.documents().get(0).title()).isEmpty();
    assertThatThrownBy(() -> MispaJson.standard().withFormatVersion(1).writeToString(symbolOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "format version 1 cannot carry a document with no field \"title\" (optional from"
                + " format version 2)");
  }

  @Test
  void theFieldsAndCodesForWhatASourceDoesNotSayAreOfVersion2() {
    String titled = "\"title\":\"Agenda\",\"documentClass\"";
    String described = "\"title\":\"Agenda\",\"description\":\"the agenda\",\"documentClass\"";
    String shortName = "\"name\":\"José Miguel Insulza\",\"shortName\":\"Mr. Insulza\",";
    String conclusion = "{\"number\":2,\"kind\":\"plenary\"}],\"conclusion\":\"Thanks.\"}";
    String v2 =
        EXPECTED
            .replace(titled, described)
            .replace("\"name\":\"José Miguel Insulza\",", shortName)
            .replace("{\"number\":2,\"kind\":\"plenary\"}]}", conclusion);
    MeetingRecord record = MispaJson.standard().read(v2);
    assertThat(record.documents().get(0).description()).contains("the agenda");
    assertThat(record.persons().get(0).shortName()).contains("Mr. Insulza");
    assertThat(record.conclusion()).contains("Thanks.");
    assertThat(MispaJson.standard().writeToString(record)).isEqualTo(v2);
    // In a version 1 document each is an unknown field.
    String v1 =
        EXPECTED_VERSION_1
            .replace(titled, described)
            .replace("\"name\":\"José Miguel Insulza\",", shortName)
            .replace("{\"number\":2,\"kind\":\"plenary\"}]}", conclusion);
    MispaJsonException e =
        catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(v1));
    assertThat(e.kind()).isEqualTo(MispaJsonException.Kind.UNKNOWN_FIELD);
    assertThat(e.pointer()).isEqualTo("/persons/0/shortName");
    assertThatThrownBy(() -> MispaJson.standard().withFormatVersion(1).writeToString(record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(format version 2)");
    // The method "notStated" is a code of version 2.
    String notStated =
        EXPECTED_VERSION_1.replace(
            "{\"type\":\"decision\",\"method\":\"vote\",\"outcome\":\"rejected\","
                + "\"tally\":{\"ballots\":[{\"participant\":\"MEX\",\"vote\":\"notVoting\"}],"
                + "\"announcedFor\":0,\"announcedAgainst\":0},",
            "{\"type\":\"decision\",\"method\":\"notStated\",\"outcome\":\"rejected\",");
    assertThat(notStated).isNotEqualTo(EXPECTED_VERSION_1);
    MispaJsonException method =
        catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(notStated));
    assertThat(method.kind()).isEqualTo(MispaJsonException.Kind.INVALID_VALUE);
    assertThat(method.pointer()).isEqualTo("/sessions/0/items/0/acts/1/method");
  }

  /** The agenda's title and the proposal's summary, in Spanish and French. */
  private static final String TRANSLATED =
      EXPECTED
          .replace(
              "\"title\":\"Agenda\",\"documentClass\"",
              "\"title\":\"Agenda\",\"titleTranslations\":[{\"language\":\"es\","
                  + "\"text\":\"Orden del día\"},{\"language\":\"fr\",\"text\":\"Ordre du"
                  + " jour\"}],\"documentClass\"")
          .replace(
              "\"by\":\"MEX\",\"proposalKind\"",
              "\"by\":\"MEX\",\"summary\":\"moved that the agenda be adopted\","
                  + "\"summaryTranslations\":[{\"language\":\"es\",\"text\":\"propuso que"
                  + " se aprobara el orden del día\"}],\"proposalKind\"");

  @Test
  void titlesAndSummariesInOtherLanguagesRoundTripInTheOrderOfTheLanguages() {
    MeetingRecord read = MispaJson.standard().read(TRANSLATED);
    assertThat(read.documents().get(0).title(OfficialLanguage.SPANISH)).contains("Orden del día");
    assertThat(read.documents().get(0).title(OfficialLanguage.FRENCH)).contains("Ordre du jour");
    assertThat(read.acts().get(0).act().summary(OfficialLanguage.SPANISH))
        .contains("propuso que se aprobara el orden del día");
    assertThat(MispaJson.standard().writeToString(read)).isEqualTo(TRANSLATED);
    // Given in another order, they are written in the order of the languages.
    String frenchFirst =
        TRANSLATED.replace(
            "[{\"language\":\"es\",\"text\":\"Orden del día\"},"
                + "{\"language\":\"fr\",\"text\":\"Ordre du jour\"}]",
            "[{\"text\":\"Ordre du jour\",\"language\":\"fr\"},"
                + "{\"language\":\"es\",\"text\":\"Orden del día\"}]");
    assertThat(frenchFirst).isNotEqualTo(TRANSLATED);
    assertThat(MispaJson.standard().read(frenchFirst)).isEqualTo(read);
    assertThat(MispaJson.standard().writeToString(MispaJson.standard().read(frenchFirst)))
        .isEqualTo(TRANSLATED);
    assertThatThrownBy(() -> MispaJson.standard().withFormatVersion(1).writeToString(read))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "format version 1 cannot carry a document with field \"titleTranslations\" (format"
                + " version 2)");
  }

  @Test
  void aVersion1DocumentWithTranslationsIsRefusedWhereverTheVersionStands() {
    String version1 =
        TRANSLATED
            .replace("{\"formatVersion\":2,", "{\"formatVersion\":1,")
            .replace("\"positions\":[{\"participant\":\"OAS-GS\"}]", "\"participant\":\"OAS-GS\"");
    MispaJsonException first =
        catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(version1));
    assertThat(first.kind()).isEqualTo(MispaJsonException.Kind.UNKNOWN_FIELD);
    assertThat(first.pointer()).isEqualTo("/documents/0/titleTranslations");
    assertThat(first.problem())
        .isEqualTo(
            "field \"titleTranslations\" of a document is of format version 2 on, and this record"
                + " is version 1");
    String versionLast =
        version1.replace("{\"formatVersion\":1,", "{").replaceFirst("}$", ",\"formatVersion\":1}");
    MispaJsonException last =
        catchThrowableOfType(
            MispaJsonException.class, () -> MispaJson.standard().read(versionLast));
    assertThat(last.kind()).isEqualTo(MispaJsonException.Kind.UNKNOWN_FIELD);
    assertThat(last.pointer()).isEqualTo("/documents/0/titleTranslations");
    assertThat(last.problem())
        .isEqualTo(
            "field \"titleTranslations\" of a document is of format version 2 on, not of this"
                + " record's");
    // With unknown fields ignored, a version 1 reader skips them, as any field it does not know.
    MeetingRecord lenient = MispaJson.standard().withUnknownFieldsIgnored(true).read(version1);
    assertThat(lenient.documents().get(0).titleTranslations()).isEmpty();
    assertThat(lenient.acts().get(0).act().summaryTranslations()).isEmpty();
  }

  @Test
  void translationsTheModelRefusesAreInvalidValuesAtTheirObject() {
    String twice =
        TRANSLATED.replace(
            "{\"language\":\"fr\",\"text\":\"Ordre du jour\"}",
            "{\"language\":\"es\",\"text\":\"Agenda\"}");
    MispaJsonException e =
        catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(twice));
    assertThat(e.kind()).isEqualTo(MispaJsonException.Kind.INVALID_VALUE);
    assertThat(e.pointer()).startsWith("/documents/0");
    assertThat(e.problem()).contains("the title is given twice in Spanish");
    String contradicting =
        TRANSLATED.replace(
            "{\"language\":\"es\",\"text\":\"propuso",
            "{\"language\":\"en\",\"text\":\"proposed the agenda\"},"
                + "{\"language\":\"es\",\"text\":\"propuso");
    MispaJsonException english =
        catchThrowableOfType(
            MispaJsonException.class, () -> MispaJson.standard().read(contradicting));
    assertThat(english.kind()).isEqualTo(MispaJsonException.Kind.INVALID_VALUE);
    assertThat(english.pointer()).isEqualTo("/sessions/0/items/0/acts/0");
    assertThat(english.problem())
        .contains("in English, the record's language, is \"proposed the agenda\"");
    String blank = TRANSLATED.replace("\"text\":\"Ordre du jour\"", "\"text\":\" \"");
    MispaJsonException empty =
        catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(blank));
    assertThat(empty.kind()).isEqualTo(MispaJsonException.Kind.INVALID_VALUE);
    assertThat(empty.pointer()).startsWith("/documents/0/titleTranslations/1");
  }

  @Test
  void aPersonsDeclaredGrammaticalGenderIsOfVersion2() {
    String declared =
        EXPECTED.replace(
            "\"name\":\"José Miguel Insulza\",",
            "\"name\":\"José Miguel Insulza\",\"grammaticalGender\":\"masculine\",");
    assertThat(declared).isNotEqualTo(EXPECTED);
    MeetingRecord read = MispaJson.standard().read(declared);
    assertThat(read.persons().get(0).grammaticalGender())
        .contains(io.github.mispa.model.GrammaticalGender.MASCULINE);
    assertThat(MispaJson.standard().writeToString(read)).isEqualTo(declared);
    String version1 =
        EXPECTED_VERSION_1.replace(
            "\"name\":\"José Miguel Insulza\",",
            "\"name\":\"José Miguel Insulza\",\"grammaticalGender\":\"feminine\",");
    MispaJsonException e =
        catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(version1));
    assertThat(e.kind()).isEqualTo(MispaJsonException.Kind.UNKNOWN_FIELD);
    assertThat(e.pointer()).isEqualTo("/persons/0/grammaticalGender");
    assertThatThrownBy(() -> MispaJson.standard().withFormatVersion(1).writeToString(read))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "format version 1 cannot carry a person with field \"grammaticalGender\" (format"
                + " version 2)");
    String contradicting =
        EXPECTED.replace(
            "\"name\":\"José Miguel Insulza\",",
            "\"name\":\"José Miguel Insulza\",\"honorific\":\"Mr.\","
                + "\"grammaticalGender\":\"feminine\",");
    MispaJsonException contradiction =
        catchThrowableOfType(
            MispaJsonException.class, () -> MispaJson.standard().read(contradicting));
    assertThat(contradiction.kind()).isEqualTo(MispaJsonException.Kind.INVALID_VALUE);
    assertThat(contradiction.pointer()).isEqualTo("/persons/0");
    assertThat(contradiction.problem()).contains("the form of address \"Mr.\" is masculine");
    assertThat(
            MispaJson.standard()
                .read(contradicting.replace("\"feminine\"", "\"masculine\""))
                .persons()
                .get(0)
                .resolvedGrammaticalGender())
        .contains(io.github.mispa.model.GrammaticalGender.MASCULINE);
    String neuter = declared.replace("\"masculine\"", "\"neuter\"");
    MispaJsonException code =
        catchThrowableOfType(MispaJsonException.class, () -> MispaJson.standard().read(neuter));
    assertThat(code.kind()).isEqualTo(MispaJsonException.Kind.INVALID_VALUE);
    assertThat(code.pointer()).isEqualTo("/persons/0/grammaticalGender");
  }

  @Test
  void recordedAttendanceIsWrittenEvenEmptyAndUnrecordedAttendanceNot() {
    MeetingRecord read = MispaJson.standard().read(EXPECTED);
    assertThat(read.sessions().get(0).attendance()).contains(ImmutableSet.of());
    assertThat(read.sessions().get(1).attendance()).isEmpty();
  }

  @Test
  void defaultedAttributesMayBeLeftOutOnReading() {
    String withoutDefaults =
        EXPECTED
            .replace("\"proposalKind\":\"text\",", "")
            .replace("\"outcome\":\"rejected\",", "")
            .replace("\"name\":\"Mexico\",", "")
            .replaceFirst(",\"accredited\":true", "");
    MeetingRecord read = MispaJson.standard().read(withoutDefaults);
    assertThat(read.participant("MEX").orElseThrow().name()).isEqualTo("Mexico");
    assertThat(read.participant("MEX").orElseThrow().accredited()).isTrue();
    Decision decision = (Decision) read.sessions().get(0).items().get(0).acts().get(1);
    assertThat(decision.outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(MispaJson.standard().writeToString(read))
        .isEqualTo(EXPECTED.replace("\"outcome\":\"rejected\"", "\"outcome\":\"approved\""));
  }

  @Test
  void languagesAreWrittenInTheOrderOfTheCharter() {
    assertThat(MispaJson.standard().read(EXPECTED.replace("[\"en\",\"es\"]", "[\"es\",\"en\"]")))
        .isEqualTo(RECORD);
  }

  @Test
  void fieldsMayComeInAnyOrderOnReading() {
    String reordered =
        EXPECTED.replace(
            "{\"number\":2,\"kind\":\"plenary\"}", "{\"kind\":\"plenary\",\"number\":2}");
    assertThat(MispaJson.standard().read(reordered)).isEqualTo(RECORD);
  }

  @Test
  void everyKindOfActIsWrittenWithItsLogicalNameAsType() {
    MeetingRecord record = io.github.mispa.examples.SyntheticRecords.generate(11, 3000);
    String json = MispaJson.standard().writeToString(record);
    for (ActKind kind : ActKind.values()) {
      assertThat(json).contains("{\"type\":\"" + kind.logicalName() + "\"");
    }
    assertThat(json).doesNotContain("Immutable").doesNotContain("io.github");
  }

  @Test
  void anUnletteredItemSaysSoAndOnlyIt() {
    MeetingRecord mispaV = io.github.mispa.examples.MispaV.record();
    String json = MispaJson.standard().writeToString(mispaV);
    assertThat(json.split("\"unlettered\":true", -1)).hasSize(3);
    assertThat(json).doesNotContain("\"unlettered\":false");
    MeetingRecord lettered =
        MispaJson.standard().read(json.replace("\"unlettered\":true", "\"unlettered\":false"));
    assertThat(lettered.sessions().get(3).items().get(5).unlettered()).isFalse();
    assertThat(MispaJson.standard().read(json)).isEqualTo(mispaV);
  }

  @Test
  void aSourceNamingAFieldTheRecordLacksIsAnInvalidRecordWithItsPlace() {
    String json =
        MispaJson.standard()
            .writeToString(io.github.mispa.examples.MispaV.record())
            .replace("\"/meeting/framework\"", "\"/meeting/frame\"");
    assertThatThrownBy(() -> MispaJson.standard().read(json))
        .isInstanceOfSatisfying(
            MispaJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(MispaJsonException.Kind.INVALID_RECORD);
              assertThat(e.problems())
                  .extracting(p -> p.path())
                  .containsExactly("/sources/0/facts/3");
            });
  }
}
