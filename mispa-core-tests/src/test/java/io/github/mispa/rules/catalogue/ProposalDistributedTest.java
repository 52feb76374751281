package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Objection;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ProposalDistributedTest {
  private static final String RULE = "proposal.distributed";

  @Test
  void theJointStatementApprovedByConsensusOnTheDayItWasDraftedIsTakenAsWaived() {
    assertQuiet(MispaV.record(), RULE);
  }

  @Test
  void theJointStatementPutToAVoteWithoutDistributionRecordsIsUndetermined() {
    assertFiresOnce(statementByVote(MispaV.record()), RULE, FindingKind.UNDETERMINED, "4.a#17");
  }

  @Test
  void aStatementDistributedInEnglishOnlyIsIrregular() {
    MeetingRecord record =
        Mutations.changeDocument(
            statementByVote(MispaV.record()),
            MispaV.JOINT_STATEMENT,
            d ->
                d.toBuilder()
                    .addLanguages(OfficialLanguage.ENGLISH)
                    .distributedAt(LocalDateTime.of(2015, 11, 18, 9, 0))
                    .build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.IRREGULAR, "4.a#17").message())
        .contains("without having been distributed in all four official languages");
  }

  @Test
  void aStatementDecidedTheMorningAfterAnEveningDistributionIsIrregularAndTheDayAfterIsFine() {
    MeetingRecord distributed =
        Mutations.changeDocument(
            statementByVote(MispaV.record()),
            MispaV.JOINT_STATEMENT,
            d ->
                d.toBuilder()
                    .addAllLanguages(EnumSet.allOf(OfficialLanguage.class))
                    .distributedAt(LocalDateTime.of(2015, 11, 19, 20, 0))
                    .build());
    MeetingRecord sameDay =
        Mutations.changeSession(
            distributed, 4, s -> s.toBuilder().date(LocalDate.of(2015, 11, 19)).build());
    MeetingRecord nextDay =
        Mutations.changeSession(
            distributed, 4, s -> s.toBuilder().date(LocalDate.of(2015, 11, 20)).build());

    assertFiresOnce(sameDay, RULE, FindingKind.IRREGULAR, "4.a#17");
    assertFiresOnce(
        nextDay, RULE, FindingKind.UNDETERMINED, "4.a#17"); // 08:00 on the 20th: time unknown
  }

  @Test
  void anObjectionMeansTheConsensusWaivesNothing() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.JOINT_STATEMENT_APPROVAL,
            Objection.builder().by("VEN").to(MispaV.JOINT_STATEMENT_PROPOSAL).build());

    assertThat(io.github.mispa.testing.RuleAssertions.findings(record, RULE))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.UNDETERMINED));
  }

  private static MeetingRecord statementByVote(MeetingRecord record) {
    return RecordEdits.replace(
        Mutations.withAllDelegations(record),
        MispaV.JOINT_STATEMENT_APPROVAL,
        a ->
            ((Decision) a)
                .toBuilder().method(DecisionMethod.VOTE).tally(Mutations.ballots(30, 0)).build());
  }
}
