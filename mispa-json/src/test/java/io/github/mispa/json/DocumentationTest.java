package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Link;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.model.Venue;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.InvalidRecordException;
import io.github.mispa.procedure.MajorityKind;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RequiredMajority;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The annotated example of docs/wire-format.md is what the library writes, and reads back. */
class DocumentationTest {
  private static final Path PAGE = Path.of("..", "docs", "wire-format.md");

  /** The record of the page's example: part of MISPA V, with a vote added. */
  static final MeetingRecord EXAMPLE =
      MeetingRecord.builder()
          .meeting(
              Meeting.builder()
                  .series(MeetingSeries.MISPA)
                  .edition(Edition.of(5))
                  .venue(Venue.of("Lima", MemberState.PERU))
                  .startDate(LocalDate.of(2015, 11, 19))
                  .endDate(LocalDate.of(2015, 11, 20))
                  .theme("Prevention of Crime, Violence and Insecurity")
                  .addAllLanguages(EnumSet.allOf(OfficialLanguage.class))
                  .convenedBy(DocumentSymbol.parse("AG/RES. 2866 (XLIV-O/14)"))
                  .build())
          .addParticipants(
              Participant.delegationOf(MemberState.PERU),
              Participant.builder()
                  .id("COL")
                  .kind(ParticipantKind.MEMBER_STATE_DELEGATION)
                  .state(MemberState.COLOMBIA)
                  .head("villegas")
                  .build(),
              Participant.builder()
                  .id("OAS-GS")
                  .kind(ParticipantKind.OAS_ORGAN)
                  .name("General Secretariat of the OAS")
                  .build())
          .addPersons(
              Person.builder()
                  .id("perez-guadalupe")
                  .honorific("Mr.")
                  .name("José Luis Pérez Guadalupe")
                  .position("Minister of the Interior of Peru")
                  .participant("PER")
                  .build(),
              Person.builder()
                  .id("villegas")
                  .name("Luis Carlos Villegas")
                  .position("Minister of Defense of Colombia")
                  .participant("COL")
                  .build())
          .addDocuments(
              Document.builder()
                  .id("agenda")
                  .symbol(DocumentSymbol.parse("MISPA V/DOC.1/15 rev.1"))
                  .title("Draft agenda")
                  .documentClass(DocumentClass.AGENDA)
                  .addAllLanguages(EnumSet.allOf(OfficialLanguage.class))
                  .distributedAt(LocalDateTime.of(2015, 11, 18, 9, 0))
                  .addLinks(
                      Link.of(OfficialLanguage.ENGLISH, "https://example.org/mispa-v/doc-1-en"),
                      Link.of(OfficialLanguage.SPANISH, "https://example.org/mispa-v/doc-1-es"))
                  .build())
          .addSessions(
              Session.builder()
                  .number(2)
                  .kind(SessionKind.OPENING)
                  .title("Opening session")
                  .date(LocalDate.of(2015, 11, 19))
                  .attendance(ImmutableSet.of("PER", "COL"))
                  .addItems(
                      AgendaItem.builder()
                          .number("2.a")
                          .title("Election of officers")
                          .addActs(
                              Nomination.builder()
                                  .id("nomination-chair")
                                  .by("COL")
                                  .person("villegas")
                                  .nominee("perez-guadalupe")
                                  .office(Office.CHAIR)
                                  .build(),
                              Decision.builder()
                                  .id("election-chair")
                                  .person("villegas")
                                  .addOn("nomination-chair")
                                  .method(DecisionMethod.ACCLAMATION)
                                  .build())
                          .build(),
                      AgendaItem.builder()
                          .number("2.b")
                          .title("Adoption of the agenda")
                          .addDocuments("agenda")
                          .addActs(
                              Adoption.builder()
                                  .person("perez-guadalupe")
                                  .addDocuments("agenda")
                                  .method(DecisionMethod.VOTE)
                                  .tally(
                                      Tally.builder()
                                          .addBallots(
                                              Ballot.of("PER", Vote.FOR),
                                              Ballot.of("COL", Vote.FOR))
                                          .announcedFor(2)
                                          .announcedAgainst(0)
                                          .announcedBase(34)
                                          .build())
                                  .requiredMajority(
                                      RequiredMajority.of(
                                          MajorityKind.TWO_THIRDS_OF_MEMBER_STATES,
                                          "OAS Charter; GA Rules"))
                                  .build())
                          .build())
                  .build())
          .build();

  private static String firstJsonBlock() throws IOException {
    Matcher block =
        Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(PAGE));
    assertThat(block.find()).as("%s has a json block", PAGE).isTrue();
    return block.group(1);
  }

  @Test
  void theAnnotatedExampleIsWhatTheLibraryWritesAndReadsBack() throws IOException {
    String example = firstJsonBlock();
    assertThat(example)
        .isEqualTo(MispaJson.standard().withPrettyPrinting(true).writeToString(EXAMPLE));
    assertThat(MispaJson.standard().read(example)).isEqualTo(EXAMPLE);
  }

  /** Prints the example as the library writes it, for the page. */
  public static void main(String[] args) {
    System.out.print(MispaJson.standard().withPrettyPrinting(true).writeToString(EXAMPLE));
  }

  @Test
  void thePageStatesTheLimitsInForce() throws IOException {
    String page = Files.readString(PAGE);
    assertThat(page)
        .contains("| nesting depth | " + MispaJson.MAX_NESTING_DEPTH + " |")
        .contains(
            "| string length | "
                + thousands(MispaJson.MAX_STRING_LENGTH)
                + " characters (UTF-16 code units) |")
        .contains("| number length | " + MispaJson.MAX_NUMBER_LENGTH + " characters |")
        .contains("| name length | " + thousands(MispaJson.MAX_NAME_LENGTH) + " characters |")
        .contains(
            "| document length | "
                + MispaJson.MAX_DOCUMENT_LENGTH / (1024 * 1024)
                + " MiB: bytes read from a file or stream, characters from a string |")
        .contains(" | 0 to " + thousands(Tally.MAX_COUNT) + " |")
        .contains("| an edition | 1 to " + thousands(Edition.MAX) + " |")
        .contains("| the first " + thousands(InvalidRecordException.MAX_PROBLEMS) + ";");
  }

  private static String thousands(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
