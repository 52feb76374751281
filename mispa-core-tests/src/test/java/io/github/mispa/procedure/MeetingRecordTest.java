package io.github.mispa.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Office;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MeetingRecordTest {
  private final MeetingRecord mispaV = MispaV.record();

  @Test
  void findsActsByIdAndByLocation() {
    RecordedAct nomination = mispaV.act(MispaV.NOMINATION_OF_VICE_CHAIR).orElseThrow();

    assertThat(nomination.location()).hasToString("2.a#18");
    assertThat(mispaV.act(nomination.location())).contains(nomination);
    assertThat(nomination.path()).isEqualTo("/sessions/1/items/0/acts/17");
    assertThat(nomination.session().number()).isEqualTo(2);
    assertThat(nomination.date()).isEqualTo(LocalDate.of(2015, 11, 19));
    assertThat(mispaV.act(ActLocation.parse("2.a#99"))).isEmpty();
    assertThat(mispaV.act(ActLocation.parse("9.a#1"))).isEmpty();
    assertThat(mispaV.act("no-such-act")).isEmpty();
  }

  @Test
  void actsAreInRecordOrderWithOrdinals() {
    assertThat(mispaV.acts()).hasSize(111);
    for (int i = 0; i < mispaV.acts().size(); i++) {
      RecordedAct act = mispaV.acts().get(i);
      assertThat(act.ordinal()).isEqualTo(i);
      if (i > 0) {
        assertThat(act.location()).isGreaterThan(mispaV.acts().get(i - 1).location());
      }
    }
  }

  @Test
  void theActorOfAnActIsItsParticipantOrItsPersonsParticipant() {
    RecordedAct chairsProposal = mispaV.act(MispaV.JOINT_STATEMENT_PROPOSAL).orElseThrow();
    assertThat(mispaV.actorOf(chairsProposal.act()).map(Participant::id)).contains("PER");
    RecordedAct costaRica = mispaV.act(MispaV.NOMINATION_OF_VICE_CHAIR).orElseThrow();
    assertThat(mispaV.actorOf(costaRica.act()).map(Participant::id)).contains("CRI");
    RecordedAct election = mispaV.act(MispaV.ELECTION_OF_VICE_CHAIR).orElseThrow();
    assertThat(mispaV.actorOf(election.act())).isEmpty();
  }

  @Test
  void aRecordWithAHundredThousandBrokenReferencesKeepsTheFirstThousandAndCountsThemAll() {
    List<String> nobody = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      nobody.add("nobody-" + i);
    }

    InvalidRecordException e =
        catchThrowableOfType(
            InvalidRecordException.class, () -> RecordEdits.withAttendance(mispaV, 2, nobody));

    assertThat(e.problemCount()).isEqualTo(100_000);
    assertThat(e.problems()).hasSize(InvalidRecordException.MAX_PROBLEMS);
    assertThat(e.problems().get(999).path()).isEqualTo("/sessions/1/attendance/999");
    assertThat(e.getMessage())
        .startsWith("The record is invalid (100000 problems):")
        .endsWith("... and 99990 more");
  }

  @Test
  void listsTheMembersOfAParticipant() {
    assertThat(mispaV.membersOf("PER"))
        .extracting(Person::id)
        .contains(MispaV.CHAIR, "romero-fernandez", "flores-goicochea");
    assertThat(mispaV.membersOf("FRA")).isEmpty();
  }

  @Test
  void aSecondingOfAnUndefinedActCannotBeBuilt() {
    assertInvalid(
        () ->
            RecordEdits.insertAfter(
                mispaV,
                MispaV.NOMINATION_OF_VICE_CHAIR,
                Seconding.builder().by("CHL").of("nomination-of-nobody").build()),
        "/sessions/1/items/0/acts/18/of",
        "seconding at 2.a#19 refers to act \"nomination-of-nobody\", which is not defined before it");
  }

  @Test
  void aReferenceToALaterActCannotBeBuilt() {
    assertInvalid(
        () ->
            RecordEdits.insertBefore(
                mispaV,
                MispaV.NOMINATION_OF_VICE_CHAIR,
                Seconding.builder().by("CHL").of(MispaV.NOMINATION_OF_VICE_CHAIR).build()),
        "/sessions/1/items/0/acts/17/of",
        "not defined before it");
  }

  @Test
  void aReferenceToTheWrongKindOfActCannotBeBuilt() {
    assertInvalid(
        () ->
            RecordEdits.insertAfter(
                mispaV,
                MispaV.ELECTION_OF_CHAIR,
                Seconding.builder().by("CHL").of(MispaV.ELECTION_OF_CHAIR).build()),
        "/sessions/1/items/0/acts/2/of",
        "refers to act \"election-chair\", a decision at 2.a#2, but must refer to a motion");
  }

  @Test
  void anUndefinedParticipantPersonOrDocumentCannotBeBuilt() {
    assertInvalid(
        () ->
            RecordEdits.append(
                mispaV, "3.e", Intervention.builder().by("FRA").summary("spoke").build()),
        "/sessions/2/items/4/acts/5/by",
        "intervention at 3.e#6 names participant \"FRA\", which the record does not define");
    assertInvalid(
        () ->
            RecordEdits.append(
                mispaV,
                "2.a",
                Nomination.builder().by("BRA").nominee("nobody").office(Office.VICE_CHAIR).build()),
        "/sessions/1/items/0/acts/23/nominee",
        "names person \"nobody\"");
    assertInvalid(
        () ->
            RecordEdits.append(
                mispaV, "7.c", Reading.builder().person("aristizabal").document("lost").build()),
        "/sessions/6/items/2/acts/1/document",
        "names document \"lost\"");
  }

  @Test
  void anUndefinedParticipantInAListIsFoundAtItsIndex() {
    String path = mispaV.act("amendment-argentina").orElseThrow().path() + "/cosponsors/1";
    assertInvalid(
        () ->
            RecordEdits.replace(
                mispaV,
                "amendment-argentina",
                act -> ((Amendment) act).toBuilder().addCosponsors("BRA", "XYZ").build()),
        path,
        "amendment at 4.a#14 names participant \"XYZ\", which the record does not define");
  }

  @Test
  void aPersonActingForAnotherParticipantCannotBeBuilt() {
    assertInvalid(
        () ->
            RecordEdits.append(
                mispaV, "3.e", Intervention.builder().by("BRA").person(MispaV.CHAIR).build()),
        "/sessions/2/items/4/acts/5/person",
        "is by \"BRA\", but its person \"perez-guadalupe\" belongs to \"PER\"");
  }

  @Test
  void anActIdUsedTwiceCannotBeBuilt() {
    assertInvalid(
        () ->
            RecordEdits.append(
                mispaV,
                "7.c",
                Proposal.builder().id(MispaV.NOMINATION_OF_CHAIR).by("BRA").text("x").build()),
        "/sessions/6/items/2/acts/1/id",
        "act id \"nomination-chair\" at 7.c#2 is already used by the act at 2.a#1");
  }

  @Test
  void duplicateAndDanglingDefinitionsCannotBeBuilt() {
    assertInvalid(
        () ->
            mispaV.toBuilder()
                .addParticipants(Participant.delegationOf(io.github.mispa.model.MemberState.PERU))
                .build(),
        "/participants/35/id",
        "participant id \"PER\" is defined twice");
    assertInvalid(
        () ->
            mispaV.toBuilder()
                .addPersons(Person.builder().id("ghost").name("A Ghost").participant("XYZ").build())
                .build(),
        "/persons/29/positions/0/participant",
        "belongs to participant \"XYZ\", which the record does not define");
  }

  @Test
  void sessionsOutOfOrderCannotBeBuilt() {
    Session first = mispaV.sessions().get(0);
    assertInvalid(
        () -> mispaV.toBuilder().addSessions(first).build(),
        "/sessions/7/number",
        "session 1 comes after session 7");
  }

  @Test
  void everyProblemIsListed() {
    MeetingRecord.Builder builder =
        mispaV.toBuilder()
            .addPersons(
                Person.builder().id("ghost-1").name("One").participant("XYZ").build(),
                Person.builder().id("ghost-2").name("Two").participant("XYZ").build());
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e -> {
              assertThat(e.problems()).hasSize(2);
              assertThat(e.getMessage()).startsWith("The record is invalid (2 problems):");
            });
  }

  @Test
  void aRecordIsAValue() {
    MeetingRecord rebuilt = mispaV.toBuilder().build();
    assertThat(rebuilt).isEqualTo(mispaV).hasSameHashCodeAs(mispaV);
    assertThat(RecordEdits.append(mispaV, "3.e", Intervention.builder().by("BRA").build()))
        .isNotEqualTo(mispaV);
  }

  private static void assertInvalid(ThrowingCallable build, String path, String message) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e -> {
              assertThat(e.problems())
                  .anySatisfy(
                      p -> {
                        assertThat(p.path()).isEqualTo(path);
                        assertThat(p.message()).contains(message);
                      });
              assertThat(e.getMessage()).contains(path).contains(message);
            });
  }

  @Test
  void aPersonActsInACapacityOnlyWhereTheyHoldAPosition() {
    MeetingRecord mispaV = io.github.mispa.examples.MispaV.record();
    io.github.mispa.procedure.RecordedAct report =
        mispaV.acts().stream()
            .filter(a -> a.act().person().equals(java.util.Optional.of("jimenez-mayor")))
            .findFirst()
            .orElseThrow();
    // He belongs to Peru's delegation, and reports for the Committee on Hemispheric Security.
    assertThat(mispaV.person("jimenez-mayor").orElseThrow().participant()).isEqualTo("PER");
    assertThat(report.actor().orElseThrow().id()).isEqualTo("CSH");
    assertThat(mispaV.membersOf("CSH")).extracting(Person::id).contains("jimenez-mayor", "dcosta");

    assertInvalid(
        () ->
            io.github.mispa.examples.conformance.RecordEdits.replace(
                mispaV, report.location(), ((Report) report.act()).toBuilder().by("MEX").build()),
        report.path() + "/person",
        "belongs to \"PER\" and holds no position for \"MEX\"");
  }
}
